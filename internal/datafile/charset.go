package datafile

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// charset is an encoding textOf reads a data file in. Its zero value is plain UTF-8, the
// encoding a data file should be saved in; String gives the name people know it by.
type charset int

const (
	// charsetUTF8 is UTF-8 without a byte order mark: the content is used as it is.
	charsetUTF8 charset = iota
	// charsetUTF8BOM is UTF-8 behind a byte order mark, as Windows Notepad saves it.
	charsetUTF8BOM
	// charsetUTF16LE is UTF-16 little-endian, with or without a byte order mark
	// (Windows Notepad's "Unicode").
	charsetUTF16LE
	// charsetUTF16BE is UTF-16 big-endian, with or without a byte order mark.
	charsetUTF16BE
	// charsetWindows1252 is Windows-1252, which also reads ISO-8859-1 (Latin-1) text:
	// what textOf reads content in that is neither UTF-8 nor UTF-16.
	charsetWindows1252
)

// String gives the encoding's usual name, for messages.
func (c charset) String() string {
	switch c {
	case charsetUTF8:
		return "UTF-8"
	case charsetUTF8BOM:
		return "UTF-8 with a BOM"
	case charsetUTF16LE:
		return "UTF-16 (little-endian)"
	case charsetUTF16BE:
		return "UTF-16 (big-endian)"
	case charsetWindows1252:
		return "Windows-1252 (Latin-1)"
	}
	return fmt.Sprintf("charset(%d)", int(c))
}

// The problems that keep textOf from reading content as text. A *textError wraps one of
// them and says where it is; the caller tells them apart with errors.Is and writes the
// sentence for the student. Their own texts are for logs and tests.
var (
	// errNotText: the content has a NUL byte and is not UTF-16 text (a picture, a binary
	// file), or it is UTF-16 holding a U+0000 (which is what UTF-32 looks like).
	errNotText = errors.New("NUL byte, not text")
	// errOddUTF16: UTF-16 content with an odd number of bytes: the last one is half a unit.
	errOddUTF16 = errors.New("odd number of bytes in UTF-16")
	// errLoneSurrogate: UTF-16 content with a surrogate that is not half of a pair.
	errLoneSurrogate = errors.New("unpaired surrogate in UTF-16")
	// errNotUTF8: content behind a UTF-8 byte order mark has a byte that is not UTF-8.
	errNotUTF8 = errors.New("byte that is not UTF-8 after a UTF-8 byte order mark")
	// errUndefined1252: content read as Windows-1252 has one of the five bytes that
	// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
	errUndefined1252 = errors.New("byte undefined in Windows-1252")
)

// textError is the error of textOf: which problem, and where, so that the caller can
// point at the place in the student's editor.
type textError struct {
	Err    error   // errNotText, errOddUTF16, errLoneSurrogate, errNotUTF8 or errUndefined1252
	From   charset // the encoding being read; charsetUTF8 for a NUL byte in content that is not UTF-16
	Offset int     // offset in the content, byte order mark included, of the first bad byte or unit
	Line   int     // line of the problem, from 1, as an editor reading From shows the file
	Column int     // column of the problem in characters, from 1
}

// Error says the problem and its place, for logs and tests (not for the student).
func (e *textError) Error() string {
	return fmt.Sprintf("%v at byte %d (line %d, column %d) reading %v", e.Err, e.Offset, e.Line, e.Column, e.From)
}

// Unwrap gives the problem, for errors.Is.
func (e *textError) Unwrap() error { return e.Err }

// newTextError is a textError at offset, where before is the text that comes before the
// problem (UTF-8 when it could be decoded), from which it counts the line and the column:
// lines end at LF, columns count characters (a byte that is not UTF-8 counts as one).
func newTextError(problem error, from charset, offset int, before []byte) *textError {
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return &textError{
		Err: problem, From: from, Offset: offset,
		Line:   bytes.Count(before, []byte("\n")) + 1,
		Column: utf8.RuneCount(before[lineStart:]) + 1,
	}
}

// The byte order marks textOf recognizes at the start of content.
var (
	// bomUTF8 is U+FEFF in UTF-8, which Windows Notepad writes at the start of a file.
	bomUTF8 = []byte{0xEF, 0xBB, 0xBF}
	// bomUTF16LE is U+FEFF in UTF-16 little-endian.
	bomUTF16LE = []byte{0xFF, 0xFE}
	// bomUTF16BE is U+FEFF in UTF-16 big-endian.
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// utf16Sample is how many bytes at the start of content textOf looks at for NUL bytes,
// to tell UTF-16 without a byte order mark and binary files from text. A text file has
// none; UTF-16 has one in nearly every character of a JSON file, which is mostly ASCII.
const utf16Sample = 512

// textOf returns content as UTF-8 text, ready for encoding/json, and the encoding it was
// read from: charsetUTF8 (the zero value) when content is plain UTF-8, which it returns
// as it is, without a copy, at the cost of one utf8.Valid pass. A UTF-8 byte order mark
// is cut off (the text is a slice of content); UTF-16 with a byte order mark, or without
// one but with the NUL bytes of ASCII in UTF-16 (see guessUTF16), is decoded; content
// that is neither UTF-8 nor UTF-16 is read as Windows-1252. The text never holds a
// U+FFFD that content does not encode: what cannot be read is a *textError instead.
//
// A NUL byte in valid UTF-8 beyond the first utf16Sample bytes is not looked for (that
// would cost a second pass): encoding/json refuses it as a character out of place.
func textOf(content []byte) (text []byte, from charset, err error) {
	switch {
	case bytes.HasPrefix(content, bomUTF8):
		rest := content[len(bomUTF8):]
		if at := invalidUTF8(rest); at >= 0 {
			return nil, charsetUTF8BOM, newTextError(errNotUTF8, charsetUTF8BOM, len(bomUTF8)+at, rest[:at])
		}
		return rest, charsetUTF8BOM, nil
	case bytes.HasPrefix(content, bomUTF16LE):
		return fromUTF16(content, len(bomUTF16LE), charsetUTF16LE)
	case bytes.HasPrefix(content, bomUTF16BE):
		return fromUTF16(content, len(bomUTF16BE), charsetUTF16BE)
	}
	sample := content[:min(len(content), utf16Sample)]
	if at := bytes.IndexByte(sample, 0); at >= 0 {
		if order, ok := guessUTF16(sample); ok {
			return fromUTF16(content, 0, order)
		}
		return nil, charsetUTF8, newTextError(errNotText, charsetUTF8, at, content[:at])
	}
	if utf8.Valid(content) {
		return content, charsetUTF8, nil
	}
	return fromWindows1252(content)
}

// invalidUTF8 returns the offset of the first byte of b that is not UTF-8, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// guessUTF16 tells whether the sample, which has NUL bytes, is the start of UTF-16
// without a byte order mark, and in which byte order. ASCII in UTF-16 has a NUL byte on
// the same side of every unit, and so do the accents of Latin-1 (é is 00 E9), while the
// other byte of a unit is 0 only in U+0000 and in characters such as U+0100 or U+2000
// that a JSON photo list does not start with. The rule: at least half of the sample's
// units have a NUL high byte and no unit has a NUL low byte.
func guessUTF16(sample []byte) (order charset, ok bool) {
	units := len(sample) / 2
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(sample); i += 2 {
		if sample[i] == 0 {
			zeroEven++
		}
		if sample[i+1] == 0 {
			zeroOdd++
		}
	}
	switch {
	case units == 0:
		return charsetUTF8, false
	case 2*zeroOdd >= units && zeroEven == 0:
		return charsetUTF16LE, true
	case 2*zeroEven >= units && zeroOdd == 0:
		return charsetUTF16BE, true
	}
	return charsetUTF8, false
}

// fromUTF16 decodes content as UTF-16 in the byte order of from, after a byte order
// mark of bom bytes (0 when there is none). It checks the units first, since the
// decoder would turn a lone surrogate or a last odd byte into U+FFFD.
func fromUTF16(content []byte, bom int, from charset) ([]byte, charset, error) {
	endian := unicode.LittleEndian
	if from == charsetUTF16BE {
		endian = unicode.BigEndian
	}
	decoder := unicode.UTF16(endian, unicode.IgnoreBOM).NewDecoder()
	units := content[bom:]
	if at, problem := checkUTF16(units, from == charsetUTF16BE); problem != nil {
		before, _ := decoder.Bytes(units[:at]) // valid UTF-16, up to the problem
		return nil, from, newTextError(problem, from, bom+at, before)
	}
	text, err := decoder.Bytes(units)
	if err != nil { // not seen: the decoder fails only on bytes checkUTF16 refuses
		return nil, from, fmt.Errorf("reading %v: %w", from, err)
	}
	return text, from, nil
}

// checkUTF16 returns the offset in b of the first unit that keeps b from being UTF-16
// text, and the problem: a NUL, a surrogate out of a pair, or a last odd byte.
func checkUTF16(b []byte, bigEndian bool) (at int, problem error) {
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(b[i])<<8 | uint16(b[i+1])
		}
		return uint16(b[i]) | uint16(b[i+1])<<8
	}
	even := len(b) &^ 1
	for i := 0; i < even; i += 2 {
		switch u := unit(i); {
		case u == 0:
			return i, errNotText
		case 0xD800 <= u && u <= 0xDBFF: // a high surrogate: a low one must follow
			if i+2 >= even {
				return i, errLoneSurrogate
			}
			if next := unit(i + 2); next < 0xDC00 || next > 0xDFFF {
				return i, errLoneSurrogate
			}
			i += 2
		case 0xDC00 <= u && u <= 0xDFFF:
			return i, errLoneSurrogate
		}
	}
	if even != len(b) {
		return even, errOddUTF16
	}
	return -1, nil
}

// fromWindows1252 decodes content, which is not UTF-8, as Windows-1252. Its bytes 0x80
// to 0x9F are the typographic characters (€ ’ “ ” œ …) that Windows-1252 puts where
// ISO-8859-1 has C1 controls, which a text file never holds: ISO-8859-1 text reads the
// same. The five bytes Windows-1252 leaves undefined are refused rather than read as
// C1 controls (invisible characters) or U+FFFD (what the decoder of x/text gives): a
// student never typed them, and they are the accents of another encoding (ç and è in
// Mac Roman), which the caller asks to save as UTF-8.
func fromWindows1252(content []byte) ([]byte, charset, error) {
	decoder := charmap.Windows1252.NewDecoder()
	if at := bytes.IndexByte(content, 0); at >= 0 {
		return nil, charsetUTF8, newTextError(errNotText, charsetUTF8, at, content[:at])
	}
	for i, b := range content {
		switch b {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			before, _ := decoder.Bytes(content[:i]) // no undefined byte before the first
			return nil, charsetWindows1252, newTextError(errUndefined1252, charsetWindows1252, i, before)
		}
	}
	text, err := decoder.Bytes(content)
	if err != nil { // not seen: a charmap decoder does not fail
		return nil, charsetWindows1252, fmt.Errorf("reading %v: %w", charsetWindows1252, err)
	}
	return text, charsetWindows1252, nil
}
