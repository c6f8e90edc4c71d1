package photo

import (
	"hash/maphash"
	"strconv"
	"strings"

	"golang.org/x/text/message"

	"photoserver/internal/lang"
)

// Place is where a file writes one photo: the file, the line of the photo, and where it
// writes each of its fields.
type Place struct {
	File   string             // photos.go, photos.json; "" when it is not known
	Line   int                // the line of the photo's {; 0 when it is not known
	Fields map[string]FieldAt // by the field's JSON name: where the photo writes it
}

// FieldAt is where a photo writes one field, and the name it writes there: the field's
// own, or a name nearly the same ("descripton" in a data file, for description).
type FieldAt struct {
	Line int
	Key  string
}

// Where is how a message points at line of the place's file: photos.go:17, as the Go
// compiler writes it, for a Go file; photos.json line 17 for a data file; the file alone
// when the line is not known.
func (at Place) Where(p *message.Printer, line int) string {
	switch {
	case line == 0:
		return at.File
	case strings.HasSuffix(at.File, ".go"):
		return at.File + ":" + strconv.Itoa(line)
	}
	return p.Sprintf("%s line %s", at.File, strconv.Itoa(line))
}

// inGo reports whether the place is in a Go file, where fields are written Title: "...".
func (at Place) inGo() bool { return strings.HasSuffix(at.File, ".go") }

// Missing says that the photo named label has no text for role r, and where to write
// one: at the line of the field when the photo writes it (empty, or under a misspelt
// name), else at the photo's line. The same sentence is said by the server at start,
// for a data file at each reload, and by the grading sheet.
func (s *Schema) Missing(p *message.Printer, label string, r Role, at Place) string {
	name := s.Name(r)
	f, written := at.Fields[name]
	switch {
	case at.File == "":
		return p.Sprintf("%s has no %s: write one, %s", label, name, s.example(r, at))
	case !written:
		return p.Sprintf("%s: %s has no %s: write one, %s", at.Where(p, at.Line), label, name, s.example(r, at))
	case strings.EqualFold(f.Key, name):
		return p.Sprintf("%s: the %s of %s is empty: write it between the quotes", at.Where(p, f.Line), name, label)
	}
	return p.Sprintf("%s: %s writes %q, which is not a field: did you mean %q?", at.Where(p, f.Line), label, f.Key, name)
}

// example is how the field of role r is written where the photos are: Description:
// "...", in a Go file, "description": "..." in a data file.
func (s *Schema) example(r Role, at Place) string {
	if at.inGo() {
		return s.Field(r).GoName + `: "...",`
	}
	return `"` + s.Name(r) + `": "..."`
}

// Empty reports whether a text is empty for a reader: nothing, or only spaces.
func Empty(text string) bool { return strings.TrimSpace(text) == "" }

// A Checker says what is worth saying of the photos of one list, one photo after the
// other, each problem in one sentence that names the photo and the line to change: a
// text left empty or not written, a photo that is the same as one before it. The list
// is served anyway: these are warnings.
type Checker struct {
	s     *Schema
	p     *message.Printer
	hash  maphash.Hash
	first map[uint64]seen // the hash of a photo's texts -> the first photo with them
}

// seen is a photo the checker has seen, to compare texts when hashes meet.
type seen struct {
	i  int
	ph *Photo
}

// NewChecker starts checking a list, in p's language.
func (s *Schema) NewChecker(p *message.Printer) *Checker {
	return &Checker{s: s, p: p, first: map[uint64]seen{}}
}

// Photo says what is worth saying of photo i (from 0), written at at. A field the place
// writes under a misspelt name is not said again here: the data file says it as a field
// it does not know.
func (c *Checker) Photo(i int, ph *Photo, at Place) []string {
	var warnings []string
	for _, r := range Texts {
		if !Empty(ph.Text(r)) {
			continue
		}
		if f, written := at.Fields[c.s.Name(r)]; written && !strings.EqualFold(f.Key, c.s.Name(r)) {
			continue
		}
		warnings = append(warnings, c.s.Missing(c.p, lang.PhotoLabel(c.p, i, ph.Title), r, at))
	}
	c.hash.Reset()
	for _, r := range Texts {
		c.hash.WriteString(ph.Text(r))
		c.hash.WriteByte(0)
	}
	h := c.hash.Sum64()
	q, met := c.first[h]
	switch {
	case !met:
		c.first[h] = seen{i, ph}
	case sameTexts(q.ph, ph): // not two texts that hash alike, which 64 bits make too rare to matter
		warnings = append(warnings, c.p.Sprintf("%s: %s is the same as %s: change its texts, or remove it",
			at.Where(c.p, at.Line), lang.PhotoLabel(c.p, i, ph.Title), lang.PhotoLabel(c.p, q.i, q.ph.Title)))
	}
	return warnings
}

// sameTexts reports whether two photos have the same texts.
func sameTexts(a, b *Photo) bool {
	for _, r := range Texts {
		if a.Text(r) != b.Text(r) {
			return false
		}
	}
	return true
}
