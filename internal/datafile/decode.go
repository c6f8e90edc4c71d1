package datafile

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// MaxSize is the largest data file the server reads: more than -fake's largest list
// makes (about 45 MB for 100000 photos), so that a file the server creates is always read.
const MaxSize = 64 << 20

// Photos are the photos of a data file as it writes them (ids only where it writes
// them), with where each one is written and what is worth a warning.
type Photos struct {
	List     []photo.Photo
	Places   []photo.Place // where each photo is written: its line, and its fields' when one is worth a warning
	Warnings []photo.Warning
	Saved    SavedAs // how the file is saved, said when it is not plain UTF-8
}

// SavedAs is how a data file is saved: a warning when it is not plain UTF-8 (a BOM,
// UTF-16, Windows-1252), said by whoever prints it (Say).
type SavedAs struct {
	File string
	From charset
}

// Plain reports whether the file is plain UTF-8: nothing to say.
func (s SavedAs) Plain() bool { return s.From == charsetUTF8 }

// Say says how the file is saved when that is not plain UTF-8, and how to save it so;
// "" when it is.
func (s SavedAs) Say(p *message.Printer) string { return savedAs(p, s.File, s.From) }

// Read reads a data file whole; name is how messages call it. It refuses one larger
// than MaxSize, saying its true size. Its content is one save of the file: an editor
// that truncates and rewrites the file while it is read could give the head of one save
// and the tail of the next, so the file must be the same (identity, size and time) before
// and after the read, and when it was written in the last 3 seconds (a file system may
// keep its time in seconds, FAT in 2), a second read must give the same bytes; if not, the error
// is ErrChanging, and the next look reads it again.
func Read(path, name string) ([]byte, os.FileInfo, error) {
	content, info, err := readOnce(path, name)
	if err != nil || time.Since(info.ModTime()).Abs() > 3*time.Second {
		return content, info, err
	}
	again, info2, err := readOnce(path, name)
	if err != nil {
		return nil, info2, err
	}
	if !bytes.Equal(content, again) || !sameStat(info, info2) {
		return nil, info2, ErrChanging
	}
	return content, info, nil
}

// ErrChanging is the error of a file that changed while it was read.
var ErrChanging = errors.New("datafile: the file changed while it was read")

// sameStat reports whether a and b are the same file, of the same size and time.
func sameStat(a, b os.FileInfo) bool {
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// readOnce reads the file once, and checks that it did not change meanwhile (see Read).
func readOnce(path, name string) ([]byte, os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, cannotRead(name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, cannotRead(name, err)
	}
	if info.IsDir() {
		return nil, info, &Error{Code: Folder, File: name}
	}
	if info.Size() > MaxSize {
		return nil, info, &Error{Code: TooBig, File: name, Size: info.Size()}
	}
	// One buffer of the file's size, as os.ReadFile makes: io.ReadAll's doubling from 512
	// bytes copies a 35 MB file some twenty times (half a second, not stopped by Ctrl+C).
	buf := bytes.NewBuffer(make([]byte, 0, info.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxSize+1)); err != nil {
		return nil, info, cannotRead(name, err)
	}
	content := buf.Bytes()
	if len(content) > MaxSize {
		return nil, info, &Error{Code: TooBig, File: name, Size: int64(len(content))}
	}
	after, err := os.Stat(path)
	if err != nil || !sameStat(info, after) || int64(len(content)) != info.Size() {
		return nil, info, ErrChanging
	}
	return content, info, nil
}

// cannotRead says why a data file cannot be read.
func cannotRead(name string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return &Error{Code: Missing, File: name}
	case errors.Is(err, os.ErrPermission):
		return &Error{Code: NoRight, File: name}
	}
	return &Error{Code: CannotRead, File: name, Detail: err.Error()}
}

// Load turns the content of a data file into a catalog of photos of schema s, with its
// photos as written; name is how messages call the file, pictures the folder of the
// pair's own pictures, which a url may name (nil: none). A file saved by an editor as
// UTF-16, or as Latin-1, is read too, and said. It stops early, with ctx's error, when
// ctx is done (Ctrl+C while a big file is read). A mistake is an *Error; two photos
// with one id are one of code DuplicateID, which unwraps to *catalog.DuplicateIDError.
//
// It returns as soon as ctx is done: the steps that look at the whole content at once
// (its charset, json.Valid) cannot stop midway and take a second or more on a 35 MB file
// of a busy machine, so the work goes on in a goroutine of its own, left to end at its
// next look at ctx, while Load returns ctx's error at once.
func Load(ctx context.Context, s *photo.Schema, pictures photo.Pictures, name string, content []byte) (*catalog.Catalog, Photos, error) {
	type loaded struct {
		c   *catalog.Catalog
		d   Photos
		err error
	}
	done := make(chan loaded, 1)
	go func() {
		c, d, err := load(ctx, s, pictures, name, content)
		done <- loaded{c, d, err}
	}()
	select {
	case l := <-done:
		return l.c, l.d, l.err
	case <-ctx.Done():
		return nil, Photos{}, ctx.Err()
	}
}

// load is Load, in the goroutine that does the work.
func load(ctx context.Context, s *photo.Schema, pictures photo.Pictures, name string, content []byte) (*catalog.Catalog, Photos, error) {
	text, from, err := textOf(content)
	if err != nil {
		return nil, Photos{}, encodingError(name, err)
	}
	if bytes.HasPrefix(bytes.TrimSpace(text), []byte("package ")) {
		return nil, Photos{}, &Error{Code: GoCode, File: name}
	}
	d, err := decodePhotos(ctx, s, pictures, name, text)
	d.Saved = SavedAs{File: name, From: from}
	if err != nil {
		return nil, d, err
	}
	b := catalog.NewBuilder(s, len(d.List))
	for i, ph := range d.List {
		if err = b.Add(ph); err != nil {
			break
		}
		if i%1024 == 1023 && ctx.Err() != nil {
			return nil, d, ctx.Err()
		}
	}
	var c *catalog.Catalog
	if err == nil {
		c = b.Finish()
	}
	var dup *catalog.DuplicateIDError
	if errors.As(err, &dup) {
		return nil, d, &Error{Code: DuplicateID, File: name, Dup: *dup, Lines: [2]int{d.Places[dup.First].Line, d.Places[dup.Second].Line}, IDName: s.Name(photo.ID)}
	}
	return c, d, err
}

// saveAsUTF8 says how to save a file as UTF-8 in the editors of a classroom.
func saveAsUTF8(p *message.Printer) string {
	return p.Sprintf("save it as UTF-8 (Notepad: File, Save as, Encoding UTF-8; VS Code: the encoding at the bottom right, Save with Encoding, UTF-8; gedit: Save as, Character Encoding UTF-8)")
}

// savedAs says how a file is saved when that is not plain UTF-8, or "".
func savedAs(p *message.Printer, name string, from charset) string {
	switch from {
	case charsetUTF8:
		return ""
	case charsetUTF8BOM:
		return p.Sprintf("%s begins with an invisible mark (a BOM, as Windows Notepad writes): it is read anyway; to be rid of it, %s", name, saveAsUTF8(p))
	}
	return p.Sprintf("%s is saved as %s, not UTF-8: it is read correctly, but other programs may not read it; %s", name, charsetName(p, from), saveAsUTF8(p))
}

// charsetName is an encoding's name in a message.
func charsetName(p *message.Printer, c charset) string {
	switch c {
	case charsetUTF8BOM:
		return p.Sprintf("UTF-8 with a BOM")
	case charsetUTF16LE:
		return p.Sprintf("UTF-16 (little-endian)")
	case charsetUTF16BE:
		return p.Sprintf("UTF-16 (big-endian)")
	case charsetWindows1252:
		return p.Sprintf("Windows-1252 (Latin-1)")
	}
	return "UTF-8"
}

// encodingError says why a file cannot be read as text, and where.
func encodingError(name string, err error) error {
	var te *textError
	if !errors.As(err, &te) {
		return &Error{Code: NotTextOther, File: name, Detail: err.Error()}
	}
	if errors.Is(err, errNotText) {
		return &Error{Code: NotText, File: name, Line: te.Line, Column: te.Column}
	}
	return &Error{Code: BadCharacter, File: name, Line: te.Line, Column: te.Column, Charset: te.From}
}

// decodePhotos reads the photos of a data file: a JSON array shaped like the answer of
// GET /photos, or an object with a "photos" array (json-server's db.json). name is the
// file's name for the messages. The error is what keeps the file from being served;
// warnings are what is served anyway, each naming the photo and its line.
func decodePhotos(ctx context.Context, s *photo.Schema, pictures photo.Pictures, name string, content []byte) (Photos, error) {
	var d Photos
	pos := newPositions(content)
	at := func(offset int, e Error) error {
		e.File = name
		e.Line, e.Column = pos.lineCol(offset)
		return &e
	}
	if len(bytes.TrimSpace(content)) == 0 {
		return d, &Error{Code: Empty, File: name}
	}
	if !json.Valid(content) {
		if offset, kind, found := syntaxAt(content); found {
			if kind == syntaxEnd { // at the last thing written
				offset = max(0, len(bytes.TrimRight(content, " \t\r\n"))-1)
			}
			detail := ""
			if kind == syntaxOther { // Go's own words, shown, never read
				var syntax *json.SyntaxError
				if err := json.Unmarshal(content, new(json.RawMessage)); errors.As(err, &syntax) {
					detail = syntax.Error()
				}
			}
			e := Error{Code: Syntax, Syntax: kind, Detail: detail, Quote: kind == syntaxAfterMember && quoteInText(content, offset)}
			if offset < len(content) {
				e.Char = content[offset]
			}
			return d, at(offset, e)
		}
		return d, &Error{Code: NotJSON, File: name}
	}

	dec := json.NewDecoder(bytes.NewReader(content))
	first, _ := dec.Token() // the content is valid JSON: tokens cannot fail
	notAList := &Error{Code: NotAList, File: name}
	if first == json.Delim('{') {
		found := false
		var keys []string
		for dec.More() {
			key, _ := dec.Token()
			if s, ok := key.(string); ok {
				keys = append(keys, s)
			}
			if key == "photos" {
				found = true
				break
			}
			_ = dec.Decode(new(json.RawMessage))
		}
		if !found {
			for _, key := range keys {
				if lang.Nearest(key, []string{"photos"}) != "" {
					return d, &Error{Code: NoPhotosList, File: name, Key: key}
				}
			}
			return d, notAList
		}
		first, _ = dec.Token()
	}
	if first != json.Delim('[') {
		return d, notAList
	}
	dec.DisallowUnknownFields()
	check := s.NewChecker(pictures)
	textIDs := false // an id written as a text was said
	for i := 0; dec.More(); i++ {
		if i%1024 == 1023 && ctx.Err() != nil {
			return d, ctx.Err()
		}
		start := int(dec.InputOffset())
		for start < len(content) && (content[start] == ',' || isSpace(content[start])) {
			start++
		}
		v := s.New()
		unknown := false
		if err := dec.Decode(v.Interface()); err != nil { // a field not known, or of the wrong kind: say which
			raw := content[start:dec.InputOffset()]
			if raw[0] != '{' {
				return d, at(start, Error{Code: NotAnObject, Photo: i})
			}
			v = s.New()
			var typeErr *json.UnmarshalTypeError
			err := json.Unmarshal(raw, v.Interface())
			if errors.As(err, &typeErr) && typeErr.Field == s.Name(photo.ID) && typeErr.Value == "string" {
				// json-server 1.x writes ids as texts: "177" is read as 177, and said once.
				var ok bool
				if raw, ok = numberID(raw, s.Name(photo.ID)); !ok {
					return d, &Error{Code: IDNotANumber, File: name, Line: pos.line(start), Photo: i}
				}
				if !textIDs {
					textIDs = true
					d.Warnings = append(d.Warnings, photo.Warning{Kind: photo.IDsAsTexts, File: name, Line: pos.line(start), Photo: -1})
				}
				v = s.New()
				err = json.Unmarshal(raw, v.Interface())
			}
			if errors.As(err, &typeErr) {
				where := int(typeErr.Offset) - 1
				if k := bytes.Index(raw, []byte(`"`+typeErr.Field+`"`)); typeErr.Field != "" && k >= 0 {
					where = k // point at the field's name
				}
				field := typeErr.Field
				if i := strings.LastIndexByte(field, '.'); i >= 0 {
					field = field[i+1:]
				}
				found, _, _ := strings.Cut(typeErr.Value, " ")
				return d, at(start+where, Error{Code: WrongKind, Photo: i, Field: field, Found: found, Want: typeErr.Type.Kind()})
			} else if err != nil {
				return d, at(start, Error{Code: PhotoUnreadable, Photo: i, Detail: err.Error()})
			}
			unknown = true
		}
		ph := s.Record(v)
		place := photo.Place{File: name, Line: pos.line(start)}
		var warnings []photo.Warning
		if unknown || photo.CheckURL(ph.URL) != photo.NoURLProblem || slices.ContainsFunc(photo.Texts, func(r photo.Role) bool { return !photo.Counts(r, ph.Text(r)) }) {
			place.Fields, warnings = fieldsOf(s, i, &ph, content[start:dec.InputOffset()], start, pos, place)
		}
		d.List, d.Places = append(d.List, ph), append(d.Places, place)
		d.Warnings = append(d.Warnings, warnings...)
		d.Warnings = append(d.Warnings, check.Photo(i, &d.List[len(d.List)-1], place)...)
	}
	d.Warnings = append(d.Warnings, check.Done()...)
	if len(d.List) == 0 {
		d.Warnings = append(d.Warnings, photo.Warning{Kind: photo.NoPhoto, File: name, Photo: -1,
			Names: strings.Join([]string{`"` + s.Name(photo.Title) + `"`, `"` + s.Name(photo.URL) + `"`, `"` + s.Name(photo.Description) + `"`, `"` + s.Name(photo.Keyword) + `"`}, ", ")})
	}
	return d, nil
}

// numberID returns raw, a photo written as a JSON object, with its id (the member
// named id) written as a number where it was a text of digits ("177" becomes 177); ok
// is false when that text is not a whole number.
func numberID(raw []byte, id string) ([]byte, bool) {
	for _, m := range catalog.Members(raw) {
		if m.Name != id {
			continue
		}
		var text string
		if json.Unmarshal(raw[m.Value:m.End], &text) != nil {
			return raw, false
		}
		n, err := strconv.Atoi(strings.TrimSpace(text))
		if err != nil {
			return raw, false
		}
		fixed := slices.Concat(raw[:m.Value], []byte(strconv.Itoa(n)), raw[m.End:])
		return fixed, true
	}
	return raw, false
}

// isSpace reports whether c is white space between JSON values.
func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// fieldsOf finds where photo i, raw as the file writes it from offset start, writes
// each of its fields, and says each field whose name Photo does not have: it is left
// out. A misspelt name ("descripton") stands for the field it must mean, when that one
// is not written.
func fieldsOf(s *photo.Schema, i int, ph *photo.Photo, raw []byte, start int, pos *positions, at photo.Place) (map[string]photo.FieldAt, []photo.Warning) {
	var warnings []photo.Warning
	fields := map[string]photo.FieldAt{}
	for _, m := range catalog.Members(raw) {
		keyLine := pos.line(start + m.Start)
		if k := slices.IndexFunc(s.Names, func(f string) bool { return strings.EqualFold(f, m.Name) }); k >= 0 {
			fields[s.Names[k]] = photo.FieldAt{Line: keyLine, Key: m.Name}
			continue
		}
		nearest := lang.Nearest(m.Name, s.Names)
		if _, written := fields[nearest]; nearest != "" && !written {
			fields[nearest] = photo.FieldAt{Line: keyLine, Key: m.Name}
		}
		warnings = append(warnings, photo.Warning{Kind: photo.UnknownField, File: at.File, Line: keyLine, Photo: i, Title: ph.Title,
			Key: m.Name, Field: nearest, Names: strings.Join(s.Names, ", ")})
	}
	return fields, warnings
}

// positions turns byte offsets of one content into lines and columns. Offsets asked
// in increasing order cost only the bytes between them: reading a file stays linear.
type positions struct {
	counted    int // how many bytes were looked at, for the test that keeps it linear
	content    []byte
	offset     int // the last offset asked
	current    int // its line
	lineStarts int // the offset where that line starts
}

func newPositions(content []byte) *positions { return &positions{content: content, current: 1} }

// line returns the line of offset, counted from 1.
func (p *positions) line(offset int) int {
	offset = max(0, min(offset, len(p.content)))
	if offset < p.offset {
		p.offset, p.current, p.lineStarts = 0, 1, 0
	}
	between := p.content[p.offset:offset]
	p.counted += len(between)
	if n := bytes.Count(between, []byte("\n")); n > 0 {
		p.current += n
		p.lineStarts = p.offset + bytes.LastIndexByte(between, '\n') + 1
	}
	p.offset = offset
	return p.current
}

// lineCol returns the line and the column of offset, both counted from 1; the column
// counts characters, not bytes. It counts from the start of the line: for messages only,
// since a file may be written on one line.
func (p *positions) lineCol(offset int) (line, col int) {
	line = p.line(offset)
	return line, utf8.RuneCount(p.content[p.lineStarts:p.offset]) + 1
}

// plainSyntax says in plain words what is wrong at a JSON syntax mistake of kind k
// (syntaxAt), at the byte ch; quote tells that a " inside a text ended it; detail is
// encoding/json's own words, shown as they are for a mistake of no kind the sentences
// know.
func plainSyntax(p *message.Printer, k syntaxKind, ch byte, quote bool, detail string) string {
	switch k {
	case syntaxEnd:
		return p.Sprintf("the file ends too early: a ] or a } is missing at the end (or the file is still being saved)")
	case syntaxAfterMember:
		if quote {
			return p.Sprintf("a \" inside a text ends it: write \\\" for a quote inside a text, or use « » instead")
		}
		return p.Sprintf("a comma is missing after the previous field, or a } to close the photo")
	case syntaxAfterItem:
		return p.Sprintf("a comma is missing between two photos, or the ] that closes the list")
	case syntaxColon:
		return p.Sprintf("a colon : is missing after the field name")
	case syntaxKey:
		if ch == ',' {
			return p.Sprintf("there is one comma too many here: remove it")
		}
		if ch == '}' {
			return p.Sprintf("remove the comma before this }: the last field of a photo has no comma after it")
		}
		return p.Sprintf("a field name must be written in double quotes, such as \"title\"")
	case syntaxValue:
		switch ch {
		case ',':
			return p.Sprintf("there is one comma too many here: remove it")
		case ']':
			return p.Sprintf("remove the comma before this ]: the last photo has no comma after it")
		case '\'':
			return p.Sprintf("texts are written in double quotes \" \", not single quotes")
		}
		return p.Sprintf("a value is missing here, or a text is not in double quotes")
	case syntaxInText:
		return p.Sprintf("a text is not closed: a \" is missing before the end of the line")
	case syntaxAfterEnd:
		return p.Sprintf("there is something after the end of the list: remove it")
	}
	return p.Sprintf("the JSON is not valid here (%s): compare this line with the others", detail)
}

// quoteInText reports whether the character at offset, where the JSON cannot go on,
// follows a text that a " closed too early: "Le chat "Tom"" reads as the text "Le chat "
// followed by Tom, which is not JSON.
func quoteInText(content []byte, offset int) bool {
	if offset <= 0 || offset >= len(content) {
		return false
	}
	c := rune(content[offset])
	if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c < utf8.RuneSelf {
		return false
	}
	before := bytes.TrimRight(content[:offset], " \t")
	return len(before) > 0 && before[len(before)-1] == '"'
}

// plainTypeError says in plain words that field has a value of the wrong kind: found
// is the kind written (string, number, bool, array, object, null), want the field's.
func plainTypeError(p *message.Printer, field, kind string, want reflect.Kind) string {
	var found string
	switch kind {
	case "string":
		found = p.Sprintf("it is a text in quotes")
	case "number":
		found = p.Sprintf("it is a number")
	case "bool":
		found = p.Sprintf("it is true or false")
	case "array":
		found = p.Sprintf("it is a list [ ]")
	case "object":
		found = p.Sprintf("it is an object { }")
	default:
		found = p.Sprintf("it is null")
	}
	switch want {
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint, reflect.Uint64, reflect.Uint32:
		return p.Sprintf("%q must be a whole number without quotes, such as %q: 3 (%s)", field, field, found)
	case reflect.String:
		return p.Sprintf("%q must be a text in double quotes, such as %q: \"...\" (%s)", field, field, found)
	}
	return p.Sprintf("%q does not have the right kind of value (%s): write it like in the other photos", field, found)
}
