package lang

import (
	"errors"

	"golang.org/x/text/message"
)

// A Sayer is an error or a warning kept as a value (what went wrong, where, the text at
// fault) until the edge that prints or sends it: there, and only there, it becomes one
// sentence in the reader's language. Say must not read the text of another error: it
// writes its sentence from its own fields, keyed by the English format string as every
// message is (see the package doc).
type Sayer interface {
	Say(p *message.Printer) string
}

// Say returns err as one sentence in p's language: the sentence of the first Sayer in
// err's chain (errors.As), or, for an error the engine does not know, a fallback sentence
// that says what to do and keeps Go's own text for whoever reads further.
func Say(p *message.Printer, err error) string {
	if err == nil {
		return ""
	}
	var s Sayer
	if errors.As(err, &s) {
		return s.Say(p)
	}
	return p.Sprintf("something unexpected went wrong (%v): try again, and if it goes on, show this sentence to your teacher", err)
}
