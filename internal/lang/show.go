package lang

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a student writes reaches the teacher's terminal, the server's and the class
// grader's table: a title with "\x1b[2K\r" would rewrite the terminal, a right-to-left
// override (U+202E) would turn a line around, and a Hangul filler (U+3164) shows as
// nothing. Show is the one way a message quotes a student's text.

// MaxShown is how many characters of a text a message shows: a longer one is cut, and
// says so (…), so that 80,000 letters typed in a field do not fill the terminal.
const MaxShown = 80

// Shown is a student's text as a message quotes it: with %q (English) between
// quotation marks, with %s (French, « %s ») as it is; both with every control or
// invisible character written as its escape (\x1b, \r, \u202e, \u3164), so that
// nothing a student writes acts on the terminal or hides, and cut after MaxShown
// characters.
type Shown string

// Show quotes a student's text in a message: p.Sprintf("... %q ...", lang.Show(text)).
func Show(text string) Shown { return Shown(text) }

// Format writes the text for fmt and golang.org/x/text/message: %q between quotation
// marks, backslashes and quotation marks escaped as strconv.Quote does; any other verb
// as it is, but for the characters Escape escapes.
func (s Shown) Format(f fmt.State, verb rune) {
	text := string(s)
	if utf8.RuneCountInString(text) > MaxShown {
		text = string([]rune(text)[:MaxShown]) + "…"
	}
	if verb == 'q' {
		_, _ = io.WriteString(f, `"`+escape(text, true)+`"`)
		return
	}
	_, _ = io.WriteString(f, escape(text, false))
}

// Escape is text with every control character (escape, carriage return, line break...),
// format character (bidirectional overrides U+202A-U+202E and U+2066-U+2069, zero-width
// spaces and joiners...) and invisible letter (the Hangul fillers U+115F, U+1160,
// U+3164, U+FFA0, the blank Braille pattern U+2800) written as its Go escape (\x1b,
// \r, \u202e), and invalid UTF-8 as \xff: what is left prints as itself, and takes
// only its own place on the line. For a table or a page that shows a student's text.
func Escape(text string) string { return escape(text, false) }

// escape is Escape; quoted also escapes \ and ", as inside Go's quotation marks.
func escape(text string, quoted bool) string {
	if !quoted && !strings.ContainsFunc(text, func(r rune) bool { return r == utf8.RuneError || Invisible(r) }) {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(text[i])|0x100, 16)[1:])
		case quoted && (r == '"' || r == '\\'):
			b.WriteByte('\\')
			b.WriteRune(r)
		case Invisible(r):
			q := strconv.QuoteRuneToASCII(r) // '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(text[i : i+size])
		}
		i += size
	}
	return b.String()
}

// hangulFillers are letters for Go (unicode.IsLetter) that a page shows as nothing.
var hangulFillers = []rune{0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800}

// Invisible reports whether r is a character a reader does not see as itself: a
// control or format character (escape, \r, \n, bidirectional overrides, zero-width
// spaces), a blank letter (Hangul fillers), or one that is not printable.
func Invisible(r rune) bool {
	switch {
	case r == ' ':
		return false
	case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r), unicode.Is(unicode.Cs, r):
		return true
	case r < 0x1100:
		return !unicode.IsPrint(r) && r != 0xA0
	}
	for _, f := range hangulFillers {
		if r == f {
			return true
		}
	}
	return !unicode.IsPrint(r) && !unicode.IsSpace(r)
}
