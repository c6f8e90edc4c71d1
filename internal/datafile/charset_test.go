package datafile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// photoListTemplate is a small data file with the characters French students type; the
// placeholders stand for what not every encoding can hold (see photoListWith).
const photoListTemplate = `[
  {"id": 1, "title": "Été à l{apos}Île de Ré", "url": "https://example.org/ile.jpg",
   "description": "Là où l{apos}on pêche : le café coûte 2 {euro}, {ldquo}très bon{rdquo}", "keyword": "mer"},
  {"id": 2, "title": "C{oe}ur de forêt {emoji}", "description": "Un hêtre, à côté du pré ; ça pousse",
   "keyword": "forêt"}
]
`

// photoListWith fills photoListTemplate: full is what UTF-8 and UTF-16 hold (€, œ, curly
// quotes, an emoji), cp1252 drops the emoji, latin1 also writes €, œ and the quotes the
// way ISO-8859-1 can.
func photoListWith(set string) string {
	var r *strings.Replacer
	switch set {
	case "full":
		r = strings.NewReplacer("{apos}", "’", "{euro}", "€", "{ldquo}", "“", "{rdquo}", "”", "{oe}", "œ", "{emoji}", "🌳")
	case "cp1252":
		r = strings.NewReplacer("{apos}", "’", "{euro}", "€", "{ldquo}", "“", "{rdquo}", "”", "{oe}", "œ", "{emoji}", "")
	case "latin1":
		r = strings.NewReplacer("{apos}", "'", "{euro}", "euros", "{ldquo}", "« ", "{rdquo}", " »", "{oe}", "oe", "{emoji}", "")
	}
	return r.Replace(photoListTemplate)
}

// cp1252Specials is the specification of Windows-1252 between 0x80 and 0x9F, where it
// differs from ISO-8859-1; 0 marks the five undefined bytes.
var cp1252Specials = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// encode8bit writes s in Windows-1252 (or, when latin1Only, ISO-8859-1), written here
// by hand rather than with x/text, so that the tests do not check x/text against itself.
func encode8bit(t testing.TB, s string, latin1Only bool) []byte {
	t.Helper()
	var out []byte
	for _, r := range s {
		switch {
		case r < 0x80 || 0xA0 <= r && r <= 0xFF:
			out = append(out, byte(r))
			continue
		case !latin1Only:
			if i := slices.Index(cp1252Specials[:], r); i >= 0 {
				out = append(out, byte(0x80+i))
				continue
			}
		}
		t.Fatalf("the test text has %q, which this 8-bit encoding cannot hold", r)
	}
	return out
}

// encodeUTF16 writes s in UTF-16 in the given byte order, after a byte order mark if bom.
func encodeUTF16(s string, order binary.AppendByteOrder, bom bool) []byte {
	var out []byte
	if bom {
		out = order.AppendUint16(out, 0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// TestTextOfReadsThePhotoListInEveryEncodingEditorsSave: the same list saved by each
// editor comes back as exactly the UTF-8 text, with the encoding it was read from.
func TestTextOfReadsThePhotoListInEveryEncodingEditorsSave(t *testing.T) {
	full, cp1252, latin1 := photoListWith("full"), photoListWith("cp1252"), photoListWith("latin1")
	for _, c := range []string{"é", "è", "à", "ç", "ô", "œ", "€", "’", "“", "”", "🌳"} {
		if !strings.Contains(full, c) {
			t.Fatalf("the test list lacks %q", c)
		}
	}
	tests := []struct {
		name    string
		content []byte
		want    string
		from    charset
	}{
		{"UTF-8 (gedit, VS Code) comes back as it is", []byte(full), full, charsetUTF8},
		{"UTF-8 with a BOM (Notepad) comes back without its BOM", append([]byte("\uFEFF"), full...), full, charsetUTF8BOM},
		{"UTF-16 little-endian with a BOM (Notepad's Unicode) is decoded", encodeUTF16(full, binary.LittleEndian, true), full, charsetUTF16LE},
		{"UTF-16 big-endian with a BOM is decoded", encodeUTF16(full, binary.BigEndian, true), full, charsetUTF16BE},
		{"UTF-16 little-endian without a BOM is recognized and decoded", encodeUTF16(full, binary.LittleEndian, false), full, charsetUTF16LE},
		{"UTF-16 big-endian without a BOM is recognized and decoded", encodeUTF16(full, binary.BigEndian, false), full, charsetUTF16BE},
		{"Windows-1252 (old Windows editors) is decoded, € œ and curly quotes included", encode8bit(t, cp1252, false), cp1252, charsetWindows1252},
		{"ISO-8859-1 (Latin-1) is decoded", encode8bit(t, latin1, true), latin1, charsetWindows1252},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, from, err := textOf(tt.content)
			if err != nil {
				t.Fatalf("textOf gave the error %v, want the text read as %v", err, tt.from)
			}
			if from != tt.from {
				t.Errorf("textOf read it as %v, want %v", from, tt.from)
			}
			if string(text) != tt.want {
				t.Errorf("textOf gave\n%q\nwant\n%q", text, tt.want)
			}
			if tt.from != charsetUTF8 && bytes.ContainsRune(text, utf8.RuneError) {
				t.Errorf("the text holds a U+FFFD: %q", text)
			}
		})
	}
}

// TestTextOfDoesNotCopyUTF8: plain UTF-8 is the content itself, and UTF-8 with a BOM a
// slice of it, so that a 30 MB file costs no copy.
func TestTextOfDoesNotCopyUTF8(t *testing.T) {
	content := []byte(photoListWith("full"))
	t.Run("plain UTF-8 is the content itself", func(t *testing.T) {
		text, _, err := textOf(content)
		if err != nil || len(text) != len(content) || &text[0] != &content[0] {
			t.Errorf("textOf gave a copy (or an error: %v), want the content's own bytes", err)
		}
	})
	t.Run("UTF-8 with a BOM is the content after the BOM", func(t *testing.T) {
		withBOM := append([]byte("\uFEFF"), content...)
		text, _, err := textOf(withBOM)
		if err != nil || len(text) != len(content) || &text[0] != &withBOM[3] {
			t.Errorf("textOf gave a copy (or an error: %v), want a slice of the content after the BOM", err)
		}
	})
}

// TestTextOfOnEmptyAndBOMOnlyFiles: nothing to read is no error here (decodePhotos says
// the file is empty), and the BOM still tells the encoding.
func TestTextOfOnEmptyAndBOMOnlyFiles(t *testing.T) {
	tests := []struct {
		name    string
		content []byte
		from    charset
	}{
		{"an empty file is empty UTF-8", nil, charsetUTF8},
		{"a file of only a UTF-8 BOM is empty UTF-8 with a BOM", []byte{0xEF, 0xBB, 0xBF}, charsetUTF8BOM},
		{"a file of only a UTF-16LE BOM is empty UTF-16LE", []byte{0xFF, 0xFE}, charsetUTF16LE},
		{"a file of only a UTF-16BE BOM is empty UTF-16BE", []byte{0xFE, 0xFF}, charsetUTF16BE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, from, err := textOf(tt.content)
			if err != nil || len(text) != 0 || from != tt.from {
				t.Errorf("textOf(% x) = %q, %v, %v; want no text, %v, no error", tt.content, text, from, err, tt.from)
			}
		})
	}
}

// TestTextOfRefusesWhatItCannotRead: each problem is an error that says which, in which
// encoding and where, never text with U+FFFD.
func TestTextOfRefusesWhatItCannotRead(t *testing.T) {
	le := func(s string) []byte { return encodeUTF16(s, binary.LittleEndian, true) }
	type refusal struct {
		name      string
		content   []byte
		problem   error
		from      charset
		offset    int
		line, col int
	}
	tests := []refusal{
		{"a UTF-16 file with an odd number of bytes is cut: its last byte is refused",
			append(le("[\n]"), '\n'), errOddUTF16, charsetUTF16LE, 8, 2, 2},
		{"a UTF-16 file without a BOM with an odd number of bytes is refused too",
			[]byte("[\x00]\x00\n"), errOddUTF16, charsetUTF16LE, 4, 1, 3},
		{"a lone high surrogate in UTF-16 is refused where it is",
			append(le("[\n\"a"), 0x3D, 0xD8, '"', 0), errLoneSurrogate, charsetUTF16LE, 10, 2, 3},
		{"a lone low surrogate in UTF-16 is refused where it is",
			append(encodeUTF16("[\"é", binary.BigEndian, true), 0xDE, 0x00, 0, '"'), errLoneSurrogate, charsetUTF16BE, 8, 1, 4},
		{"a high surrogate at the very end of UTF-16 is refused",
			append(le("[]"), 0x3D, 0xD8), errLoneSurrogate, charsetUTF16LE, 6, 1, 3},
		{"a PNG picture saved as .json is not text",
			[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), errNotText, charsetUTF8, 8, 3, 1},
		{"a JPEG picture saved as .json is not text",
			[]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"), errNotText, charsetUTF8, 4, 1, 5},
		{"a NUL byte in Latin-1 text beyond the first bytes is not text",
			append(bytes.Repeat([]byte("caf\xe9 "), 200), 0), errNotText, charsetUTF8, 1000, 1, 1001},
		{"UTF-32 with a BOM reads as UTF-16 holding NULs, which is not text",
			[]byte{0xFF, 0xFE, 0, 0, '[', 0, 0, 0}, errNotText, charsetUTF16LE, 2, 1, 1},
		{"a Latin-1 byte after a UTF-8 BOM is refused where it is",
			[]byte("\uFEFF[\n\"é\xe9\"]"), errNotUTF8, charsetUTF8BOM, 8, 2, 3},
		{"a byte Windows-1252 leaves undefined is refused where it is",
			[]byte("[\"caf\xe9\",\n\"Fran\x8daise\"]"), errUndefined1252, charsetWindows1252, 14, 2, 6},
	}
	for _, b := range []byte{0x81, 0x8D, 0x8F, 0x90, 0x9D} {
		tests = append(tests, refusal{fmt.Sprintf("the undefined Windows-1252 byte %#x is refused", b), []byte{'a', b}, errUndefined1252, charsetWindows1252, 1, 1, 2})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, from, err := textOf(tt.content)
			if err == nil {
				t.Fatalf("textOf(% x) gave the text %q as %v, want the error %v", tt.content, text, from, tt.problem)
			}
			var te *textError
			if !errors.As(err, &te) || !errors.Is(err, tt.problem) {
				t.Fatalf("textOf gave the error %v (%T), want a *textError for %v", err, err, tt.problem)
			}
			got := fmt.Sprintf("%v, reading %v, at byte %d, line %d, column %d", te.Err, te.From, te.Offset, te.Line, te.Column)
			want := fmt.Sprintf("%v, reading %v, at byte %d, line %d, column %d", tt.problem, tt.from, tt.offset, tt.line, tt.col)
			if got != want {
				t.Errorf("textOf said\n%s\nwant\n%s", got, want)
			}
			if text != nil || from != tt.from {
				t.Errorf("with the error, textOf gave the text %q and %v; want no text and %v", text, from, tt.from)
			}
		})
	}
}

// TestTextOfReadsEveryDefinedWindows1252Byte: each byte from 0x80 to 0xFF comes out as
// its Windows-1252 character, never U+FFFD; the five undefined ones are errors.
func TestTextOfReadsEveryDefinedWindows1252Byte(t *testing.T) {
	for b := 0x80; b <= 0xFF; b++ {
		want := rune(b)
		if b < 0xA0 {
			want = cp1252Specials[b-0x80]
		}
		text, from, err := textOf([]byte{'x', byte(b)})
		switch {
		case want == 0 && !errors.Is(err, errUndefined1252):
			t.Errorf("byte %#x gave %q, %v, %v; want the error %v", b, text, from, err, errUndefined1252)
		case want != 0 && (err != nil || from != charsetWindows1252 || string(text) != "x"+string(want)):
			t.Errorf("byte %#x gave %q, %v, %v; want %q read as %v", b, text, from, err, "x"+string(want), charsetWindows1252)
		}
	}
}

// TestTextOfKeepsARealReplacementCharacter: a U+FFFD the file really holds is kept.
func TestTextOfKeepsARealReplacementCharacter(t *testing.T) {
	const s = `[{"title": "un � dans le titre"}]`
	for name, content := range map[string][]byte{
		"in UTF-8":                []byte(s),
		"in UTF-16 with a BOM":    encodeUTF16(s, binary.LittleEndian, true),
		"in UTF-16 without a BOM": encodeUTF16(s, binary.BigEndian, false),
	} {
		t.Run("a U+FFFD written "+name+" is kept", func(t *testing.T) {
			if text, _, err := textOf(content); err != nil || string(text) != s {
				t.Errorf("textOf gave %q, %v; want %q", text, err, s)
			}
		})
	}
}

// TestCharsetNames: each charset has the name the caller puts in its messages.
func TestCharsetNames(t *testing.T) {
	for c, want := range map[charset]string{
		charsetUTF8: "UTF-8", charsetUTF8BOM: "UTF-8 with a BOM", charsetUTF16LE: "UTF-16 (little-endian)",
		charsetUTF16BE: "UTF-16 (big-endian)", charsetWindows1252: "Windows-1252 (Latin-1)", charset(42): "charset(42)",
	} {
		if got := c.String(); got != want {
			t.Errorf("charset %d is called %q, want %q", int(c), got, want)
		}
	}
}

// plainUTF8Of30MB is a 30 MB data file of plain UTF-8, mostly ASCII with accents, as the
// largest files students may serve.
func plainUTF8Of30MB() []byte {
	item := []byte(`  {"id": 1, "title": "Été à l’Île de Ré", "url": "https://example.org/ile.jpg", "description": "Un café au bord de l’eau, près du port", "keyword": "mer"},` + "\n")
	content := append([]byte("[\n"), bytes.Repeat(item, 30<<20/len(item))...)
	return append(content, "  {}\n]\n"...)
}

// BenchmarkTextOfPlainUTF8Of30MB: textOf on 30 MB of plain UTF-8 costs what utf8.Valid
// costs (compare with BenchmarkUTF8ValidOf30MB), and allocates nothing.
func BenchmarkTextOfPlainUTF8Of30MB(b *testing.B) {
	content := plainUTF8Of30MB()
	b.SetBytes(int64(len(content)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, from, err := textOf(content); err != nil || from != charsetUTF8 {
			b.Fatalf("textOf: %v, %v", from, err)
		}
	}
}

// BenchmarkUTF8ValidOf30MB is the floor for BenchmarkTextOfPlainUTF8Of30MB: one
// utf8.Valid pass over the same content.
func BenchmarkUTF8ValidOf30MB(b *testing.B) {
	content := plainUTF8Of30MB()
	b.SetBytes(int64(len(content)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if !utf8.Valid(content) {
			b.Fatal("not UTF-8")
		}
	}
}
