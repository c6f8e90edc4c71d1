package datafile

// syntaxKind is what a JSON syntax mistake is, told by where the grammar stops (see
// syntaxAt), never by the words of encoding/json's error: its versions word it
// differently, and count its Offset differently (v1 after the bad byte, v2 before it, or
// before the spaces ahead of it).
type syntaxKind int

const (
	syntaxOther       syntaxKind = iota // a bad escape, number or literal, too deep a nesting
	syntaxEnd                           // the content ends inside a value
	syntaxAfterMember                   // a , or a } was expected after a field's value
	syntaxAfterItem                     // a , or a ] was expected after an item of a list
	syntaxColon                         // a : was expected after a field's name
	syntaxKey                           // a field's name, in double quotes, was expected
	syntaxValue                         // a value was expected
	syntaxInText                        // a character a text cannot hold (a line's end)
	syntaxAfterEnd                      // something after the end of the top-level value
)

// maxDepth is how deep lists and objects may nest, as encoding/json allows.
const maxDepth = 10000

// syntaxAt finds the first JSON syntax mistake of content: the offset of the byte where
// the grammar (RFC 8259, as encoding/json reads it) cannot go on, or len(content) when
// the content ends too early, and what was expected there. ok is false when content is
// valid JSON.
func syntaxAt(content []byte) (offset int, kind syntaxKind, ok bool) {
	s := syntaxScanner{b: content}
	kind = s.run()
	if kind < 0 {
		return 0, 0, false
	}
	return s.i, kind, true
}

// syntaxScanner reads JSON byte by byte, with the lists and objects open in a stack.
type syntaxScanner struct {
	b     []byte
	i     int
	stack []byte // '[' or '{' for each one open
}

// noMistake is run's answer for valid JSON.
const noMistake syntaxKind = -1

func (s *syntaxScanner) skip() {
	for s.i < len(s.b) && isSpace(s.b[s.i]) {
		s.i++
	}
}

// run reads the whole content and returns the first mistake's kind, with s.i at it.
func (s *syntaxScanner) run() syntaxKind {
	if k := s.value(); k != noMistake {
		return k
	}
	for len(s.stack) > 0 {
		s.skip()
		if s.i == len(s.b) {
			return syntaxEnd
		}
		c := s.b[s.i]
		top := s.stack[len(s.stack)-1]
		switch {
		case top == '[' && c == ']', top == '{' && c == '}':
			s.i++
			s.stack = s.stack[:len(s.stack)-1]
			continue
		case c != ',' && top == '[':
			return syntaxAfterItem
		case c != ',':
			return syntaxAfterMember
		}
		s.i++ // the comma
		if top == '{' {
			if k := s.member(); k != noMistake {
				return k
			}
		} else if k := s.value(); k != noMistake {
			return k
		}
	}
	s.skip()
	if s.i < len(s.b) {
		return syntaxAfterEnd
	}
	return noMistake
}

// member reads a field's name, its colon and its value (or opens it, when it is a list
// or an object).
func (s *syntaxScanner) member() syntaxKind {
	s.skip()
	switch {
	case s.i == len(s.b):
		return syntaxEnd
	case s.b[s.i] != '"':
		return syntaxKey
	}
	if k := s.text(); k != noMistake {
		return k
	}
	s.skip()
	switch {
	case s.i == len(s.b):
		return syntaxEnd
	case s.b[s.i] != ':':
		return syntaxColon
	}
	s.i++
	return s.value()
}

// value reads one value; a list or an object is opened (and its first item or member
// read), and closed by run.
func (s *syntaxScanner) value() syntaxKind {
	s.skip()
	if s.i == len(s.b) {
		return syntaxEnd
	}
	switch c := s.b[s.i]; {
	case c == '[' || c == '{':
		if len(s.stack) == maxDepth {
			return syntaxOther
		}
		s.stack = append(s.stack, c)
		s.i++
		s.skip()
		if s.i == len(s.b) {
			return syntaxEnd
		}
		if c == '[' && s.b[s.i] == ']' || c == '{' && s.b[s.i] == '}' {
			s.i++
			s.stack = s.stack[:len(s.stack)-1]
			return noMistake
		}
		if c == '{' {
			return s.member()
		}
		return s.value()
	case c == '"':
		return s.text()
	case c == '-' || '0' <= c && c <= '9':
		return s.number()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	}
	return syntaxValue
}

// text reads a text in double quotes, s.i at its opening quote.
func (s *syntaxScanner) text() syntaxKind {
	s.i++
	for s.i < len(s.b) {
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			return noMistake
		case c < 0x20:
			return syntaxInText
		case c == '\\':
			s.i++
			if s.i == len(s.b) {
				return syntaxEnd
			}
			switch s.b[s.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i++
			case 'u':
				s.i++
				for k := 0; k < 4; k++ {
					if s.i == len(s.b) {
						return syntaxEnd
					}
					if !isHex(s.b[s.i]) {
						return syntaxOther
					}
					s.i++
				}
			default:
				return syntaxOther
			}
		default:
			s.i++
		}
	}
	return syntaxEnd
}

// number reads a number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
func (s *syntaxScanner) number() syntaxKind {
	digits := func() syntaxKind {
		if s.i == len(s.b) {
			return syntaxEnd
		}
		if !isDigit(s.b[s.i]) {
			return syntaxOther
		}
		for s.i < len(s.b) && isDigit(s.b[s.i]) {
			s.i++
		}
		return noMistake
	}
	if s.b[s.i] == '-' {
		s.i++
	}
	if s.i < len(s.b) && s.b[s.i] == '0' {
		s.i++
	} else if k := digits(); k != noMistake {
		return k
	}
	if s.i < len(s.b) && s.b[s.i] == '.' {
		s.i++
		if k := digits(); k != noMistake {
			return k
		}
	}
	if s.i < len(s.b) && (s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.i++
		if s.i < len(s.b) && (s.b[s.i] == '+' || s.b[s.i] == '-') {
			s.i++
		}
		return digits()
	}
	return noMistake
}

// literal reads true, false or null.
func (s *syntaxScanner) literal(word string) syntaxKind {
	for k := 0; k < len(word); k++ {
		if s.i == len(s.b) {
			return syntaxEnd
		}
		if s.b[s.i] != word[k] {
			return syntaxOther
		}
		s.i++
	}
	return noMistake
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
