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

func TestAnIndexPastTheEndIsSaidFromThePanicsValueNotItsText(t *testing.T) {
	_, err := Call(0, func() (int, error) {
		names := []string{"a", "b", "c"}
		i := len(names)
		return len(names[i]), nil
	})
	var call *CallError
	if !errors.As(err, &call) || !call.OutOfRange || call.Index != 3 || call.Length != 3 {
		t.Fatalf("Call of names[3] with 3 names: %#v; want OutOfRange, Index 3, Length 3 (has runtime.boundsError changed?)", err)
	}
	if got, want := call.Say(lang.English), "fake.go: fakePhoto takes item 3 of a list that has 3, numbered from 0 to 2: fix that line"; got != want {
		t.Errorf("Say = %q, want %q", got, want)
	}
	if got := err.Error(); got != call.Say(lang.English) {
		t.Errorf("Error() = %q, want the English sentence", got)
	}
	// A panic whose words only look like the runtime's is said with its words: the
	// sentence is chosen by the value's type, never by its text.
	_, err = Call(0, func() (int, error) { panic("runtime error: index out of range [3] with length 3") })
	if !errors.As(err, &call) || call.OutOfRange {
		t.Fatalf("Call of a panic with a text: %#v; want no OutOfRange", err)
	}
	if got, want := call.Say(lang.English), "fake.go: fakePhoto stops with a Go error (runtime error: index out of range [3] with length 3): fix that line"; got != want {
		t.Errorf("Say = %q, want %q", got, want)
	}
	// Another runtime error: the fallback sentence, with Go's own words.
	_, err = Call(0, func() (int, error) {
		var m map[string]int
		put(m)
		return 0, nil
	})
	if !errors.As(err, &call) || call.OutOfRange {
		t.Fatalf("Call of a write to a nil map: %#v", err)
	}
	if got, want := call.Say(lang.English), "fake.go: fakePhoto stops with a Go error (assignment to entry in nil map): fix that line"; got != want {
		t.Errorf("Say = %q, want %q", got, want)
	}
	// A slice expression past the end is a runtime.boundsError too, of another code: not
	// an item taken, so said with Go's words.
	_, err = Call(0, func() (int, error) {
		names := []string{"a"}
		n := 3
		return len(names[:n]), nil
	})
	if !errors.As(err, &call) || call.OutOfRange {
		t.Fatalf("Call of names[:3] with 1 name: %#v; want no OutOfRange", err)
	}
}

// put writes in m, which panics when m is nil.
func put(m map[string]int) { m["a"] = 1 }
