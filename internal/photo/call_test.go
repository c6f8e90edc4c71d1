package photo

import (
	"errors"
	"strings"
	"testing"
	"time"

	"photoserver/internal/lang"
)

func TestCallGivesWhatTheStudentsCodeReturns(t *testing.T) {
	mistake := errors.New("two photos with one id")
	v, err := Call(0, func() (int, error) { return 7, mistake })
	if v != 7 || err != mistake {
		t.Errorf("Call = %d, %v; want 7, %v", v, err, mistake)
	}
}

func TestCallSaysAPanicInsteadOfCrashing(t *testing.T) {
	_, err := Call(time.Minute, func() (int, error) {
		var names []string
		return len(names[3]), nil
	})
	var call *CallError
	if !errors.As(err, &call) || call.Limit != 0 || call.Explain(lang.English) != "fake.go: fakePhoto takes item 3 of a list that is empty: fix that line" {
		t.Fatalf("Call of code that panics: %v; want a *CallError that says the panic", err)
	}
	_, err = Call(0, func() (int, error) { panic("oups") })
	if !errors.As(err, &call) || call.Explain(lang.French) != "fake.go : fakePhoto s'arrête sur une erreur de Go (oups) : corrigez cette ligne" {
		t.Errorf("Call of code that panics with its own words: %v", err)
	}
	// This file is in internal/, not one of the students' files: no line of theirs to give
	// (studentcode_test.go checks the line of a real fake.go).
	if call.Where != "" {
		t.Errorf("Where = %q, want none: the panic is in the engine's own files", call.Where)
	}
}

func TestCallGivesUpOnCodeThatNeverEnds(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	_, err := Call(10*time.Millisecond, func() (int, error) { <-stop; return 0, nil })
	var call *CallError
	if !errors.As(err, &call) || call.Limit != 10*time.Millisecond {
		t.Fatalf("Call of code that never ends: %v; want a *CallError with its limit", err)
	}
	if got := call.Explain(lang.English); !strings.Contains(got, "fake.go: fakePhoto has not made its photos after") {
		t.Errorf("Explain = %q", got)
	}
}
