package photo

import (
	"hash/maphash"
	"strconv"
	"strings"

	"golang.org/x/text/message"

	"photoserver/internal/images"
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
// for a data file at each reload, and by the grading sheet. It never proposes a text
// to copy: it says what the text must say.
func (s *Schema) Missing(p *message.Printer, label string, r Role, at Place) string {
	name := s.Name(r)
	f, written := at.Fields[name]
	switch {
	case at.File == "":
		return p.Sprintf("%s has no %s: add %s then, between quotes, %s", label, name, s.key(r, at), WhatToWrite(p, r))
	case !written:
		return p.Sprintf("%s: %s has no %s: add %s then, between quotes, %s", at.Where(p, at.Line), label, name, s.key(r, at), WhatToWrite(p, r))
	case strings.EqualFold(f.Key, name):
		return p.Sprintf("%s: the %s of %s is empty: write between the quotes %s", at.Where(p, f.Line), name, label, WhatToWrite(p, r))
	}
	return p.Sprintf("%s: %s writes %q, which is not a field: did you mean %q?", at.Where(p, f.Line), label, lang.Show(f.Key), name)
}

// key is how the field of role r is named where the photos are: Description: in a Go
// file, "description": in a data file.
func (s *Schema) key(r Role, at Place) string {
	if at.inGo() {
		return s.Field(r).GoName + ":"
	}
	return `"` + s.Name(r) + `":`
}

// fieldWhere points at the line where the photo at at writes the field of role r, or
// at the photo's line.
func (s *Schema) fieldWhere(p *message.Printer, r Role, at Place) string {
	if f, written := at.Fields[s.Name(r)]; written {
		return at.Where(p, f.Line)
	}
	return at.Where(p, at.Line)
}

// Problem says what keeps the text of role r of the photo named label from counting on
// the fiche, at its line, or "" when it counts: a text missing or empty (Missing), or,
// for a description or a keyword, one the checker refuses from the text alone (Judge).
func (s *Schema) Problem(p *message.Printer, label string, r Role, text string, at Place) string {
	return s.ProblemOf(p, label, r, text, Judge(r, text), at)
}

// ProblemOf is Problem for a text already judged e (by Judge, or by a Judgement that
// saw the whole list).
func (s *Schema) ProblemOf(p *message.Printer, label string, r Role, text string, e Emptiness, at Place) string {
	switch {
	case e == Blank:
		return s.Missing(p, label, r, at)
	case e == Says || (r != Description && r != Keyword):
		return ""
	}
	if at.File == "" {
		return p.Sprintf("the %s of %s, %q, %s: write instead %s", s.Name(r), label, lang.Show(strings.TrimSpace(text)), Reason(p, e), WhatToWrite(p, r))
	}
	return p.Sprintf("%s: the %s of %s, %q, %s: write instead %s", s.fieldWhere(p, r, at), s.Name(r), label, lang.Show(strings.TrimSpace(text)), Reason(p, e), WhatToWrite(p, r))
}

// Reason says why a text judged e does not count, as the end of a sentence that names
// the text: "says nothing", "is not made of words of French or English"...
func Reason(p *message.Printer, e Emptiness) string {
	switch e {
	case Invisible:
		return p.Sprintf("holds characters that a reader does not see")
	case Markup:
		return p.Sprintf("holds HTML tags, which the page shows as they are written")
	case NotWords, FakerWords:
		return p.Sprintf("is not made of words of French or English")
	case FewWords:
		return p.Sprintf("is not a sentence of three words or more")
	case NotAName:
		return p.Sprintf("is a sentence, not a name of one or two words")
	}
	return p.Sprintf("says nothing")
}

// TitleAgain says that the description of the photo named label only repeats its
// title (RepeatsTitle), at its line: it does not count.
func (s *Schema) TitleAgain(p *message.Printer, label string, at Place) string {
	if at.File == "" {
		return p.Sprintf("the %s of %s only repeats its title: write instead %s", s.Name(Description), label, WhatToWrite(p, Description))
	}
	return p.Sprintf("%s: the %s of %s only repeats its title: write instead %s", s.fieldWhere(p, Description, at), s.Name(Description), label, WhatToWrite(p, Description))
}

// SameAs says that the photo named label has the same text for role r as the photo
// named other (whatever its case and signs, WordsOf): it does not count, since it does
// not say what this picture shows.
func (s *Schema) SameAs(p *message.Printer, label, other string, r Role, at Place) string {
	if at.File == "" {
		return p.Sprintf("%s has the same %s as %s: write %s, for this picture", label, s.Name(r), other, WhatToWrite(p, r))
	}
	return p.Sprintf("%s: %s has the same %s as %s: write %s, for this picture", s.fieldWhere(p, r, at), label, s.Name(r), other, WhatToWrite(p, r))
}

// SameOnEvery says that the photo named label has the same text for role r as every
// other photo of the list: no photo's text counts then.
func (s *Schema) SameOnEvery(p *message.Printer, label string, r Role, at Place) string {
	if at.File == "" {
		return p.Sprintf("%s has the same %s as every other photo: write %s, for this picture", label, s.Name(r), WhatToWrite(p, r))
	}
	return p.Sprintf("%s: %s has the same %s as every other photo: write %s, for this picture", s.fieldWhere(p, r, at), label, s.Name(r), WhatToWrite(p, r))
}

// NearlySameAs says that the photo named label has nearly the same text for role r as
// the photo named other, a letter or two apart: it does not count either.
func (s *Schema) NearlySameAs(p *message.Printer, label, other string, r Role, at Place) string {
	if at.File == "" {
		return p.Sprintf("%s has nearly the same %s as %s, a letter or two apart: write %s, for this picture", label, s.Name(r), other, WhatToWrite(p, r))
	}
	return p.Sprintf("%s: %s has nearly the same %s as %s, a letter or two apart: write %s, for this picture", s.fieldWhere(p, r, at), label, s.Name(r), other, WhatToWrite(p, r))
}

// Pictures is the pair's folder of pictures (images.Folder), which a url may name by
// its file name: the server serves them.
type Pictures interface {
	Has(name string) bool
	Names() []string
}

// URLWarning says why the url u of the photo named label, written at at, cannot be
// shown by the partner's page, and what to write instead; "" when it can (or is
// missing, which Missing says). pictures is the folder of the pictures this server
// serves, which a file name may name (nil: there is none, a server on the network).
func (s *Schema) URLWarning(p *message.Printer, label, u string, at Place, pictures Pictures) string {
	where := ""
	if at.File != "" {
		where = s.fieldWhere(p, URL, at)
	}
	return URLWarning(p, label, u, where, pictures)
}

// URLWarning is Schema.URLWarning for a url sent by a server on the network: where is
// "" for no line to point at.
func URLWarning(p *message.Printer, label, u, where string, pictures Pictures) string {
	problem := CheckURL(u)
	var why string
	name, local := images.LocalName(u)
	switch {
	case problem == NoURLProblem:
		return ""
	case local && pictures != nil && pictures.Has(name):
		return ""
	case local && pictures != nil:
		there := pictures.Names()
		if len(there) == 0 {
			why = p.Sprintf("names a picture of the %s folder, which has none: put %s in the folder %s, next to photos.go", images.Dir, lang.Escape(name), images.Dir)
		} else {
			why = p.Sprintf("names a picture that is not in the %s folder, which has %s: check the name, or put the picture there", images.Dir, lang.Escape(strings.Join(there, ", ")))
		}
		if where == "" {
			return p.Sprintf("the url of %s, %q, %s", label, lang.Show(strings.TrimSpace(u)), why)
		}
		return p.Sprintf("%s: the url of %s, %q, %s", where, label, lang.Show(strings.TrimSpace(u)), why)
	}
	switch problem {
	case URLOnDisk, URLFileScheme:
		why = p.Sprintf("is a file of this computer, which the partner's page, on another computer, cannot open")
	case URLFileName:
		why = p.Sprintf("is a file name, not an address: the partner's page cannot find it")
	case URLNoScheme:
		why = p.Sprintf("does not start with https:// or http://, so the page takes it for a file of its own folder")
	case URLSpaces:
		why = p.Sprintf("has spaces, which an address cannot hold")
	default:
		why = p.Sprintf("is not a web address")
	}
	if where == "" {
		return p.Sprintf("the url of %s, %q, %s: write %s", label, lang.Show(strings.TrimSpace(u)), why, WhatToWrite(p, URL))
	}
	return p.Sprintf("%s: the url of %s, %q, %s: write %s", where, label, lang.Show(strings.TrimSpace(u)), why, WhatToWrite(p, URL))
}

// Empty reports whether a text is empty for a reader: nothing, or only spaces.
func Empty(text string) bool { return strings.TrimSpace(text) == "" }

// A Checker says what is worth saying of the photos of one list, one photo after the
// other, each problem in one sentence that names the photo and the line to change: a
// text left empty or not written, a description or a keyword that does not count (the
// Judgement's verdict: it says nothing, is not words, only repeats the title, copies
// another photo's...), a url the partner's page cannot show, a photo that is the same
// as one before it, and at the end (Done) a description that every photo has. The list
// is served anyway: these are warnings, in the same sentences as the grading sheet's.
type Checker struct {
	s        *Schema
	p        *message.Printer
	pictures Pictures // the pictures this server serves, which a url may name
	judge    *Judgement
	pending  []func() string // texts of go-faker's words, said only if the list is not go-faker's
	hash     maphash.Hash
	first    map[uint64]seen // the hash of a photo's texts -> the first photo with them
	same     []sameText      // while every description so far is the same: where each is
	titles   []string        // each photo's title, to name the one a description copies
	n        int             // photos checked
}

// seen is a photo the checker has seen, to compare texts when hashes meet.
type seen struct {
	i  int
	ph *Photo
}

// sameText is a photo's description while every one so far is the same.
type sameText struct {
	i     int
	title string
	text  string
	at    Place
}

// NewChecker starts checking a list, in p's language. pictures is the folder of the
// pictures this server serves, which a url may name (nil: none).
func (s *Schema) NewChecker(p *message.Printer, pictures Pictures) *Checker {
	return &Checker{s: s, p: p, pictures: pictures, judge: NewJudgement(), first: map[uint64]seen{}}
}

// Photo says what is worth saying of photo i (from 0), written at at. A field the place
// writes under a misspelt name is not said again here: the data file says it as a field
// it does not know.
func (c *Checker) Photo(i int, ph *Photo, at Place) []string {
	var warnings []string
	label := func() string { return lang.PhotoLabel(c.p, i, ph.Title) }
	wasFaker := c.judge.Faker
	v := c.judge.Photo(ph.Title, ph.Description, ph.Keyword)
	if wasFaker && !c.judge.Faker { // not go-faker's list after all: its Latin is said
		for _, say := range c.pending {
			warnings = append(warnings, say())
		}
		c.pending = nil
	}
	c.titles = append(c.titles, ph.Title)
	for _, r := range Texts {
		if f, written := at.Fields[c.s.Name(r)]; written && !strings.EqualFold(f.Key, c.s.Name(r)) {
			continue
		}
		var e Emptiness
		switch r {
		case Description:
			e = v.Description
		case Keyword:
			e = v.Keyword
		default:
			e = Judge(r, ph.Text(r))
		}
		if e == FakerWords && c.judge.Faker { // said only if the list turns out not to be go-faker's
			title, text := ph.Title, ph.Text(r)
			c.pending = append(c.pending, func() string { return c.s.ProblemOf(c.p, lang.PhotoLabel(c.p, i, title), r, text, e, at) })
		} else if e == Says {
		} else if w := c.s.ProblemOf(c.p, label(), r, ph.Text(r), e, at); w != "" {
			warnings = append(warnings, w)
		}
	}
	if v.OnlyTitle {
		warnings = append(warnings, c.s.TitleAgain(c.p, label(), at))
	}
	if w := c.s.URLWarning(c.p, label(), ph.URL, at, c.pictures); w != "" {
		warnings = append(warnings, w)
	}
	if k := ph.Keyword; Counts(Keyword, k) && k != strings.TrimSpace(k) {
		warnings = append(warnings, c.p.Sprintf("%s: the keyword of %s, %q, has spaces around it: remove them (a search by keyword finds it anyway)",
			c.s.fieldWhere(c.p, Keyword, at), label(), lang.Show(k)))
	}
	c.n++
	allSame := c.n == 1 || (c.same != nil && ph.Description == c.same[0].text)
	if !allSame && len(c.same) >= 2 && Counts(Description, c.same[0].text) {
		// Not every photo's, after all: each of those said as the same as the first.
		first := lang.PhotoLabel(c.p, c.same[0].i, c.same[0].title)
		for _, d := range c.same[1:] {
			warnings = append(warnings, c.s.SameAs(c.p, lang.PhotoLabel(c.p, d.i, d.title), first, Description, d.at))
		}
	}
	if allSame {
		c.same = append(c.same, sameText{i, ph.Title, ph.Description, at})
	} else {
		c.same = nil
	}
	c.hash.Reset()
	for _, r := range Texts {
		c.hash.WriteString(ph.Text(r))
		c.hash.WriteByte(0)
	}
	h := c.hash.Sum64()
	q, met := c.first[h]
	whole := met && sameTexts(q.ph, ph) // not two texts that hash alike, which 64 bits make too rare to matter
	switch {
	case !met:
		c.first[h] = seen{i, ph}
	case whole:
		warnings = append(warnings, c.p.Sprintf("%s: %s is the same as %s: change its texts, or remove it",
			at.Where(c.p, at.Line), label(), lang.PhotoLabel(c.p, q.i, q.ph.Title)))
	}
	if k := v.CopyOf; k >= 0 && !allSame && !whole { // a copied photo is said above, every photo's in Done
		other := lang.PhotoLabel(c.p, k, c.titles[k])
		if v.Nearly {
			warnings = append(warnings, c.s.NearlySameAs(c.p, label(), other, Description, at))
		} else {
			warnings = append(warnings, c.s.SameAs(c.p, label(), other, Description, at))
		}
	}
	return warnings
}

// Done says what is worth saying of the whole list once every photo is checked: a
// description that every photo has (when there are two photos or more, and it says
// something: an empty one is said photo by photo already). The texts of go-faker's
// words that a list of go-faker's own photos holds are not said: they count there.
func (c *Checker) Done() []string {
	c.pending = nil
	if len(c.same) < 2 || !Counts(Description, c.same[0].text) {
		return nil
	}
	warnings := make([]string, len(c.same))
	for k, d := range c.same {
		warnings[k] = c.s.SameOnEvery(c.p, lang.PhotoLabel(c.p, d.i, d.title), Description, d.at)
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
