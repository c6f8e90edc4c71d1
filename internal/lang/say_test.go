package lang

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"golang.org/x/text/message"
)

type said struct{ n int }

func (s said) Error() string                 { return s.Say(English) }
func (s said) Say(p *message.Printer) string { return p.Sprintf("%d photos", s.n) }

func TestAnErrorIsSaidByItsOwnValueOrByTheFallbackSentence(t *testing.T) {
	wrapped := fmt.Errorf("reading photos.json: %w", said{2})
	if got := Say(French, wrapped); got != "2 photos" {
		t.Errorf("a Sayer inside a wrapped error: got %q, want its own sentence %q", got, "2 photos")
	}
	if got := Say(English, nil); got != "" {
		t.Errorf("no error: got %q, want nothing", got)
	}
	unknown := &fs.PathError{Op: "open", Path: "x", Err: errors.ErrUnsupported}
	for _, p := range []*message.Printer{English, French} {
		got := Say(p, unknown)
		if !strings.Contains(got, unknown.Error()) || strings.Count(got, ":") < 1 {
			t.Errorf("an error the engine does not know: got %q, want the fallback sentence with Go's text in it", got)
		}
	}
	if en, fr := Say(English, unknown), Say(French, unknown); en == fr || !strings.Contains(fr, "réessayez") {
		t.Errorf("the fallback sentence is not in French: %q", fr)
	}
}
