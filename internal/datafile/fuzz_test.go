//go:build integration

package datafile

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"photoserver/internal/testkit"
)

// Fuzz targets: CI runs each briefly (make fuzz); their seeds and the corpus in
// testdata/fuzz run with every go test -tags integration. Nothing they find may panic.

func FuzzDecodePhotos(f *testing.F) {
	for _, seed := range []string{
		`[{"id": 1, "title": "a", "url": "u", "description": "d", "keyword": "k"}]`,
		`{"photos": [{"title": "a"}, {"title": "b", "id": 1}]}`,
		`[{"title": "a",}]`, `[{"descripton": "x"}]`, `[1, "a", null]`, `[{"id": "1"}]`, `[{"id": 1.5}]`,
		`{"photos": 3}`, `[`, "", `[{"title": "\u00e9\n"}]`, `[{"id": -4}, {"id": 0}]`, `{"a": [], "photos": []}`,
		"\xEF\xBB\xBF[]", "\xFF\xFE[\x00]\x00", "[{\"title\": \"\xe9t\xe9\"}]",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		c, d, err := loadData(testkit.Context(t), en, "photos.json", content)
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, "photos.json") || strings.Contains(msg, "\n") {
				t.Errorf("the error %q should name the file, on one line", msg)
			}
			return
		}
		for _, w := range said(en, d.Warnings) {
			if !strings.HasPrefix(w, "photos.json ") || strings.Contains(w, "\n") {
				t.Errorf("the warning %q does not name the file, on one line", w)
			}
		}
		again, _, err := loadData(testkit.Context(t), en, "photos.json", Body(c))
		if err != nil || len(again.Photos()) != len(c.Photos()) {
			t.Fatalf("what was read does not read back once written: %v", err)
		}
		for i := range c.Photos() {
			before, after := c.Photos()[i].Value(), again.Photos()[i].Value()
			if !reflect.DeepEqual(after, before) { // not ==: a field a student adds may be a list
				t.Errorf("photo %d changed when written and read back: %+v, then %+v", i+1, before, after)
			}
		}
	})
}

// FuzzTextOf: textOf never panics; the text it gives is valid UTF-8, holds a U+FFFD only
// where the content encodes one, and is lossless (encoded back, it is the content without
// its BOM); an error is a *textError whose offset is in the content.
func FuzzTextOf(f *testing.F) {
	full := photoListWith("full")
	for _, seed := range [][]byte{
		nil, []byte(full), []byte("\uFEFF" + full), encodeUTF16(full, binary.LittleEndian, true),
		encodeUTF16(full, binary.BigEndian, false), encode8bit(f, photoListWith("cp1252"), false),
		{0xFF, 0xFE, 0x3D, 0xD8, 0x00}, []byte("\x89PNG\r\n\x1a\n\x00\x00"), {0xEF, 0xBB, 0xBF},
		[]byte("[\"\x81\"]"), []byte("\uFFFD"), {0xFF, 0xFE, 0xFD, 0xFF},
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		text, from, err := textOf(content)
		if err != nil {
			var te *textError
			if !errors.As(err, &te) || te.Offset < 0 || te.Offset >= len(content) || te.Line < 1 || te.Column < 1 {
				t.Fatalf("textOf(% x): the error %v is not a *textError inside the content", content, err)
			}
			return
		}
		if !utf8.Valid(text) {
			t.Fatalf("textOf(% x) read as %v gave text that is not UTF-8: % x", content, from, text)
		}
		var back []byte
		var encoded int // how many U+FFFD the content encodes, read as from
		switch from {
		case charsetUTF8:
			back = content
			encoded = bytes.Count(content, []byte("\uFFFD"))
		case charsetUTF8BOM:
			back = content[3:]
			encoded = bytes.Count(content, []byte("\uFFFD"))
		case charsetUTF16LE, charsetUTF16BE:
			endian := unicode.LittleEndian
			order := binary.ByteOrder(binary.LittleEndian)
			if from == charsetUTF16BE {
				endian, order = unicode.BigEndian, binary.BigEndian
			}
			units := content
			if len(content) >= 2 && order.Uint16(content) == 0xFEFF {
				units = content[2:]
			}
			for i := 0; i+1 < len(units); i += 2 {
				if order.Uint16(units[i:]) == 0xFFFD {
					encoded++
				}
			}
			back, _ = unicode.UTF16(endian, unicode.IgnoreBOM).NewEncoder().Bytes(text)
			if !bytes.Equal(back, units) {
				t.Fatalf("textOf(% x) read as %v gave %q, which is % x in %v", content, from, text, back, from)
			}
			back = units
		case charsetWindows1252:
			back, _ = charmap.Windows1252.NewEncoder().Bytes(text)
			if !bytes.Equal(back, content) {
				t.Fatalf("textOf(% x) read as %v gave %q, which is % x in %v", content, from, text, back, from)
			}
		default:
			t.Fatalf("textOf(% x) gave the unknown charset %v", content, from)
		}
		if from == charsetUTF8 || from == charsetUTF8BOM {
			if !bytes.Equal(text, back) {
				t.Fatalf("textOf(% x) read as %v gave %q, want the content without its BOM", content, from, text)
			}
		}
		if n := bytes.Count(text, []byte("\uFFFD")); n != encoded {
			t.Fatalf("textOf(% x) read as %v gave %d U+FFFD, the content encodes %d", content, from, n, encoded)
		}
	})
}

// FuzzSyntaxAtFindsAMistakeExactlyWhenEncodingJSONDoes: the sentences of a JSON
// mistake come from syntaxAt, which must agree with encoding/json (v1, or v2 under
// GOEXPERIMENT=jsonv2) on what is valid, and point inside the content.
func FuzzSyntaxAtFindsAMistakeExactlyWhenEncodingJSONDoes(f *testing.F) {
	for _, seed := range []string{
		`[{"title": "a",}]`, `[1,]`, `[1 2]`, `{"a" 1}`, `{"a": 1 "b": 2}`, `[] x`, `[{"t": "a\nb"}]`, `"\u12G4"`,
		`[-]`, `[01]`, `[1.]`, `[1e]`, `[tru]`, `[nul`, `{"a":`, `[[[[]]]]`, ` [ { } , [ ] ] `, `{,}`, `[,]`, `'a'`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		if !utf8.Valid(content) { // the file is made UTF-8 before it is decoded
			return
		}
		offset, _, found := syntaxAt(content)
		if valid := json.Valid(content); found == valid {
			t.Fatalf("%q: syntaxAt found a mistake: %v; json.Valid: %v", content, found, valid)
		}
		if found && (offset < 0 || offset > len(content)) {
			t.Fatalf("%q: syntaxAt points at %d, outside the content", content, offset)
		}
	})
}
