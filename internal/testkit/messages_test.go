package testkit

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a test whose failures are kept, to check what a helper reports.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func TestFrenchIsCompleteSaysEachMissingEmptyWrongAndUnusedFrench(t *testing.T) {
	dir := t.TempDir()
	SaveInPlace(t, filepath.Join(dir, "say.go"), `package say

import "golang.org/x/text/message"

const named = "a constant %s"

func say(p *message.Printer) {
	_ = p.Sprintf("translated %s", "x")
	_ = p.Sprintf(named, "x")
	_ = p.Sprintf("untranslated %d", 1)
	_ = p.Sprintf("empty")
	_ = p.Sprintf("two verbs %s %d", "x", 1)
}
`)
	SaveInPlace(t, filepath.Join(dir, "say_test.go"), `package say

func sayInATest(p *message.Printer) { _ = p.Sprintf("a test's own") }
`)
	french := map[string]string{
		"translated %s":     "traduit %s",
		"a constant %s":     "une constante %s",
		"empty":             "",
		"two verbs %s %d":   "deux verbes %d",
		"no longer written": "plus écrit",
	}
	r := &recorder{TB: t}
	keys := FrenchIsComplete(r, french, "the test's package", dir)
	if len(keys) != 5 {
		t.Errorf("found %d messages, want the 5 of say.go and none of its test: %q", len(keys), keys)
	}
	wants := []string{
		`1 messages have no French: add them to messages_fr.go:` + "\n\t" + `"untranslated %d": "", // ` + filepath.Join(dir, "say.go") + ":10:6",
		`the French of "empty" is empty`,
		`"two verbs %s %d" and its French "deux verbes %d" do not have the same %s, %d... in the same order`,
		`messages_fr.go translates "no longer written", which the test's package no longer writes: remove it`,
	}
	if len(r.errors) != len(wants) {
		t.Errorf("%d failures, want %d:\n%s", len(r.errors), len(wants), strings.Join(r.errors, "\n"))
	}
	for _, want := range wants {
		found := false
		for _, got := range r.errors {
			found = found || strings.Contains(got, want)
		}
		if !found {
			t.Errorf("no failure says %q; they are:\n%s", want, strings.Join(r.errors, "\n"))
		}
	}

	r = &recorder{TB: t}
	delete(french, "no longer written")
	french["empty"], french["two verbs %s %d"], french["untranslated %d"] = "vide", "deux verbes %[2]d %[1]s", "non traduit %d"
	FrenchIsComplete(r, french, "the test's package", dir)
	if len(r.errors) != 0 {
		t.Errorf("with every French right (one with its verbs in another order), it says:\n%s", strings.Join(r.errors, "\n"))
	}
}

func TestVerbsAreCountedByTheArgumentTheyPrint(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"%s has %d photos", "1s 2d"},
		{"%[2]d photos in %[1]s", "1s 2d"},
		{"« %s » and %q", "1s 2s"},
		{"100%% of %s, %s again: %[1]s", "1s 2s"},
		{"%-8s|%6.2f", "1s 2f"},
	} {
		if got := Verbs(tt.in); got != tt.want {
			t.Errorf("Verbs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
