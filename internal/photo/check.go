package photo

import (
	"hash/maphash"
	"strings"

	"golang.org/x/text/message"
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
func (at Place) Where(p *message.Printer, line int) string { return where(p, at.File, line) }

// inGo reports whether the place is in a Go file, where fields are written Title: "...".
func (at Place) inGo() bool { return strings.HasSuffix(at.File, ".go") }

// missing is the warning that the photo at at has no text for role r, and where to
// write one: at the line of the field when the photo writes it (empty, or under a
// misspelt name), else at the photo's line. It never proposes a text to copy: it says
// what the text must say.
func (s *Schema) missing(r Role, at Place) Warning {
	name := s.Name(r)
	f, written := at.Fields[name]
	switch {
	case !written || at.File == "":
		return Warning{Kind: NoField, File: at.File, Line: at.Line, Role: r, Field: name, Key: s.key(r, at)}
	case strings.EqualFold(f.Key, name):
		return Warning{Kind: EmptyField, File: at.File, Line: f.Line, Role: r, Field: name}
	}
	return Warning{Kind: NotAField, File: at.File, Line: f.Line, Role: r, Field: name, Key: f.Key}
}

// Missing says that the photo named label has no text for role r, and where to write
// one (see missing). The same sentence is said by the server at start, for a data file
// at each reload, and by the grading sheet.
func (s *Schema) Missing(p *message.Printer, label string, r Role, at Place) string {
	return s.missing(r, at).sayWith(p, label, "")
}

// key is how the field of role r is named where the photos are: Description: in a Go
// file, "description": in a data file.
func (s *Schema) key(r Role, at Place) string {
	if at.inGo() {
		return s.Field(r).GoName + ":"
	}
	return `"` + s.Name(r) + `":`
}

// fieldAt is the warning of kind k for the field of role r of the photo at at, pointing
// at the line where it writes the field, or at the photo's line.
func (s *Schema) fieldAt(k WarningKind, r Role, at Place) Warning {
	w := Warning{Kind: k, File: at.File, Line: at.Line, Role: r, Field: s.Name(r)}
	if f, written := at.Fields[s.Name(r)]; written {
		w.Line = f.Line
	}
	return w
}

// problem is the warning of what keeps the text of role r, judged e, from counting on
// the fiche, or ok false when it counts: a text missing or empty (missing), or, for a
// description or a keyword, one the checker refuses from the text alone (Judge).
func (s *Schema) problem(r Role, text string, e Emptiness, at Place) (w Warning, ok bool) {
	switch {
	case e == Blank:
		return s.missing(r, at), true
	case e == Says || (r != Description && r != Keyword):
		return Warning{}, false
	}
	w = s.fieldAt(Refused, r, at)
	w.Text, w.Why = text, e
	return w, true
}

// Problem says what keeps the text of role r of the photo named label from counting on
// the fiche, at its line, or "" when it counts (see problem).
func (s *Schema) Problem(p *message.Printer, label string, r Role, text string, at Place) string {
	return s.ProblemOf(p, label, r, text, Judge(r, text), at)
}

// ProblemOf is Problem for a text already judged e (by Judge, or by a Judgement that
// saw the whole list).
func (s *Schema) ProblemOf(p *message.Printer, label string, r Role, text string, e Emptiness, at Place) string {
	if w, ok := s.problem(r, text, e, at); ok {
		return w.sayWith(p, label, "")
	}
	return ""
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
	return s.fieldAt(OnlyTitle, Description, at).sayWith(p, label, "")
}

// SameAs says that the photo named label has the same text for role r as the photo
// named other (whatever its case and signs, WordsOf): it does not count, since it does
// not say what this picture shows.
func (s *Schema) SameAs(p *message.Printer, label, other string, r Role, at Place) string {
	return s.fieldAt(SameText, r, at).sayWith(p, label, other)
}

// SameOnEvery says that the photo named label has the same text for role r as every
// other photo of the list: no photo's text counts then.
func (s *Schema) SameOnEvery(p *message.Printer, label string, r Role, at Place) string {
	return s.fieldAt(SameOnEvery, r, at).sayWith(p, label, "")
}

// NearlySameAs says that the photo named label has nearly the same text for role r as
// the photo named other, a letter or two apart: it does not count either.
func (s *Schema) NearlySameAs(p *message.Printer, label, other string, r Role, at Place) string {
	return s.fieldAt(NearlySameText, r, at).sayWith(p, label, other)
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
	w, ok := urlWarning(0, "", u, pictures)
	if !ok {
		return ""
	}
	placed := s.fieldAt(w.Kind, URL, at)
	w.File, w.Line = placed.File, placed.Line
	return w.sayWith(p, label, "")
}

// URLWarning is Schema.URLWarning for a url sent by a server on the network: where is
// "" for no line to point at.
func URLWarning(p *message.Printer, label, u, where string, pictures Pictures) string {
	w, ok := urlWarning(0, "", u, pictures)
	if !ok {
		return ""
	}
	return sayURL(p, w.Kind, w.URL, label, u, where, w.Names)
}

// Empty reports whether a text is empty for a reader: nothing, or only spaces.
func Empty(text string) bool { return strings.TrimSpace(text) == "" }

// A Checker finds what is worth saying of the photos of one list, one photo after the
// other, each problem a Warning that names the photo and the line to change: a text
// left empty or not written, a description or a keyword that does not count (the
// Judgement's verdict: it says nothing, is not words, only repeats the title, copies
// another photo's...), a url the partner's page cannot show, a photo that is the same
// as one before it, and at the end (Done) a description that every photo has. The list
// is served anyway: these are warnings, said in the same sentences as the grading
// sheet's, by whoever prints them (Warning.Say).
type Checker struct {
	s        *Schema
	pictures Pictures // the pictures this server serves, which a url may name
	judge    *Judgement
	pending  []Warning // texts of go-faker's words, said only if the list is not go-faker's
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

// NewChecker starts checking a list. pictures is the folder of the pictures this
// server serves, which a url may name (nil: none).
func (s *Schema) NewChecker(pictures Pictures) *Checker {
	return &Checker{s: s, pictures: pictures, judge: NewJudgement(), first: map[uint64]seen{}}
}

// of is w about photo i titled title.
func of(w Warning, i int, title string) Warning {
	w.Photo, w.Title = i, title
	return w
}

// Photo finds what is worth saying of photo i (from 0), written at at. A field the
// place writes under a misspelt name is not said again here: the data file says it as
// a field it does not know.
func (c *Checker) Photo(i int, ph *Photo, at Place) []Warning {
	var warnings []Warning
	wasFaker := c.judge.Faker
	v := c.judge.Photo(ph.Title, ph.Description, ph.Keyword)
	if wasFaker && !c.judge.Faker { // not go-faker's list after all: its Latin is said
		warnings = append(warnings, c.pending...)
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
		w, ok := c.s.problem(r, ph.Text(r), e, at)
		switch {
		case !ok:
		case e == FakerWords && c.judge.Faker: // said only if the list turns out not to be go-faker's
			c.pending = append(c.pending, of(w, i, ph.Title))
		default:
			warnings = append(warnings, of(w, i, ph.Title))
		}
	}
	if v.OnlyTitle {
		warnings = append(warnings, of(c.s.fieldAt(OnlyTitle, Description, at), i, ph.Title))
	}
	if w, ok := urlWarning(i, ph.Title, ph.URL, c.pictures); ok {
		if at.File != "" {
			placed := c.s.fieldAt(w.Kind, URL, at)
			w.File, w.Line = placed.File, placed.Line
		}
		warnings = append(warnings, w)
	}
	if k := ph.Keyword; Counts(Keyword, k) && k != strings.TrimSpace(k) {
		w := of(c.s.fieldAt(KeywordSpaces, Keyword, at), i, ph.Title)
		w.Text = k
		warnings = append(warnings, w)
	}
	c.n++
	allSame := c.n == 1 || (c.same != nil && ph.Description == c.same[0].text)
	if !allSame && len(c.same) >= 2 && Counts(Description, c.same[0].text) {
		// Not every photo's, after all: each of those said as the same as the first.
		for _, d := range c.same[1:] {
			w := of(c.s.fieldAt(SameText, Description, d.at), d.i, d.title)
			w.OtherPhoto, w.OtherTitle = c.same[0].i, c.same[0].title
			warnings = append(warnings, w)
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
		warnings = append(warnings, Warning{Kind: SamePhoto, File: at.File, Line: at.Line, Photo: i, Title: ph.Title, OtherPhoto: q.i, OtherTitle: q.ph.Title})
	}
	if k := v.CopyOf; k >= 0 && !allSame && !whole { // a copied photo is said above, every photo's in Done
		kind := SameText
		if v.Nearly {
			kind = NearlySameText
		}
		w := of(c.s.fieldAt(kind, Description, at), i, ph.Title)
		w.OtherPhoto, w.OtherTitle = k, c.titles[k]
		warnings = append(warnings, w)
	}
	return warnings
}

// Done finds what is worth saying of the whole list once every photo is checked: a
// description that every photo has (when there are two photos or more, and it says
// something: an empty one is said photo by photo already). The texts of go-faker's
// words that a list of go-faker's own photos holds are not said: they count there.
func (c *Checker) Done() []Warning {
	c.pending = nil
	if len(c.same) < 2 || !Counts(Description, c.same[0].text) {
		return nil
	}
	warnings := make([]Warning, len(c.same))
	for k, d := range c.same {
		warnings[k] = of(c.s.fieldAt(SameOnEvery, Description, d.at), d.i, d.title)
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
