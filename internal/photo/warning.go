package photo

import (
	"strconv"
	"strings"

	"golang.org/x/text/message"

	"photoserver/internal/images"
	"photoserver/internal/lang"
)

// A Warning is something worth saying of a list of photos that is served anyway, kept
// as a value (which photo, which field, what kind of problem, where, the text at fault)
// until the edge that prints it says it in its reader's language (Say). It is
// comparable: two warnings are the same when their values are, and Identity leaves out
// what a photo moved in its file changes (its line and number), for the server's
// "said once" rule.
type Warning struct {
	Kind WarningKind
	// File and Line are where the warning points: photos.go:17, photos.json line 17;
	// File "" for a list with no file (said without a place), Line 0 for the file alone.
	File string
	Line int
	// Photo is the photo's number from 0, and Title its title, to name it ("photo 3
	// ("Chat")"); Photo is -1 for a warning of no photo.
	Photo int
	Title string
	// Role and Field are the field at fault: its role and its name where it is sent
	// (JSON), or, for a field of the Photo type, its name in Go (RenamedField...).
	Role  Role
	Field string
	// Key is how the file writes the field's name where it is at fault ("descripton"),
	// or how a missing field is to be written (Description: or "description":).
	Key string
	// Text is the text at fault: a description, a keyword, a url.
	Text string
	// Why is why a text does not count (Refused), URL why a url cannot be shown (BadURL).
	Why Emptiness
	URL URLProblem
	// OtherPhoto and OtherTitle name the photo whose text this one has (SameText,
	// NearlySameText, SamePhoto).
	OtherPhoto int
	OtherTitle string
	// Names lists what the sentence offers instead: the pictures of the folder
	// (PictureMissing), the fields of a photo (UnknownField, NoPhoto).
	Names string
}

// WarningKind is what a Warning says.
type WarningKind int

const (
	NoField        WarningKind = iota // the photo does not write the field: add it
	EmptyField                        // the field is written, empty
	NotAField                         // the field is written under a misspelt name (Key)
	Refused                           // the text does not count (Why)
	OnlyTitle                         // the description only repeats the title
	SameText                          // the same text as another photo's
	NearlySameText                    // nearly the same text as another photo's
	SameOnEvery                       // the same description as every other photo
	BadURL                            // a url the partner's page cannot show (URL)
	PictureMissing                    // a url naming a picture the images folder does not have
	KeywordSpaces                     // a keyword with spaces around it
	SamePhoto                         // a photo with the same texts as one before it
	UnknownField                      // a data file's field that Photo does not have (Field: the nearest name)
	IDsAsTexts                        // a data file's ids written as texts
	NoPhoto                           // a data file with no photo (Names: the fields to write)
	RenamedField                      // a field of Photo sent under another name than its role's (Key: its Go name)
	ParamField                        // a field of Photo named like a parameter of /photos
)

// Identity is the warning without what moving its photo in the file changes: its line,
// its number and the other photo's. Two photos with the same title and the same empty
// description are still two warnings: the "said once" rule counts them.
func (w Warning) Identity() Warning {
	w.Line, w.Photo, w.OtherPhoto = 0, 0, 0
	return w
}

// Error is the warning in English, for a log or a test.
func (w Warning) Error() string { return w.Say(lang.English) }

// where points at line of file: photos.go:17, as the Go compiler writes it, for a Go
// file; photos.json line 17 for a data file; the file alone when the line is not known.
func where(p *message.Printer, file string, line int) string {
	switch {
	case line == 0:
		return file
	case strings.HasSuffix(file, ".go"):
		return file + ":" + strconv.Itoa(line)
	}
	return p.Sprintf("%s line %s", file, strconv.Itoa(line))
}

// Say says the warning in one sentence in p's language: the place, the photo, what is
// wrong and what to write.
func (w Warning) Say(p *message.Printer) string {
	return w.sayWith(p, lang.PhotoLabel(p, w.Photo, w.Title), lang.PhotoLabel(p, w.OtherPhoto, w.OtherTitle))
}

// sayWith is Say with the photo and the other photo named label and other: the grading
// sheet names the photos of a server on the network its own way.
func (w Warning) sayWith(p *message.Printer, label, other string) string {
	at := where(p, w.File, w.Line)
	text := lang.Show(strings.TrimSpace(w.Text))
	placed := w.File != ""
	switch w.Kind {
	case NoField:
		if !placed {
			return p.Sprintf("%s has no %s: add %s then, between quotes, %s", label, w.Field, w.Key, WhatToWrite(p, w.Role))
		}
		return p.Sprintf("%s: %s has no %s: add %s then, between quotes, %s", at, label, w.Field, w.Key, WhatToWrite(p, w.Role))
	case EmptyField:
		return p.Sprintf("%s: the %s of %s is empty: write between the quotes %s", at, w.Field, label, WhatToWrite(p, w.Role))
	case NotAField:
		return p.Sprintf("%s: %s writes %q, which is not a field: did you mean %q?", at, label, lang.Show(w.Key), w.Field)
	case Refused:
		if !placed {
			return p.Sprintf("the %s of %s, %q, %s: write instead %s", w.Field, label, text, Reason(p, w.Why), WhatToWrite(p, w.Role))
		}
		return p.Sprintf("%s: the %s of %s, %q, %s: write instead %s", at, w.Field, label, text, Reason(p, w.Why), WhatToWrite(p, w.Role))
	case OnlyTitle:
		if !placed {
			return p.Sprintf("the %s of %s only repeats its title: write instead %s", w.Field, label, WhatToWrite(p, Description))
		}
		return p.Sprintf("%s: the %s of %s only repeats its title: write instead %s", at, w.Field, label, WhatToWrite(p, Description))
	case SameText:
		if !placed {
			return p.Sprintf("%s has the same %s as %s: write %s, for this picture", label, w.Field, other, WhatToWrite(p, w.Role))
		}
		return p.Sprintf("%s: %s has the same %s as %s: write %s, for this picture", at, label, w.Field, other, WhatToWrite(p, w.Role))
	case NearlySameText:
		if !placed {
			return p.Sprintf("%s has nearly the same %s as %s, a letter or two apart: write %s, for this picture", label, w.Field, other, WhatToWrite(p, w.Role))
		}
		return p.Sprintf("%s: %s has nearly the same %s as %s, a letter or two apart: write %s, for this picture", at, label, w.Field, other, WhatToWrite(p, w.Role))
	case SameOnEvery:
		if !placed {
			return p.Sprintf("%s has the same %s as every other photo: write %s, for this picture", label, w.Field, WhatToWrite(p, w.Role))
		}
		return p.Sprintf("%s: %s has the same %s as every other photo: write %s, for this picture", at, label, w.Field, WhatToWrite(p, w.Role))
	case BadURL, PictureMissing:
		if !placed {
			at = ""
		}
		return sayURL(p, w.Kind, w.URL, label, w.Text, at, w.Names)
	case KeywordSpaces:
		return p.Sprintf("%s: the keyword of %s, %q, has spaces around it: remove them (a search by keyword finds it anyway)", at, label, lang.Show(w.Text))
	case SamePhoto:
		return p.Sprintf("%s: %s is the same as %s: change its texts, or remove it", at, label, other)
	case UnknownField:
		hint := p.Sprintf("a photo has the fields %s", w.Names)
		if w.Field != "" {
			hint = p.Sprintf("did you mean %q?", w.Field)
		}
		return p.Sprintf("%s: %s: the field %q is not known, so it is left out: %s", at, label, w.Key, hint)
	case IDsAsTexts:
		return p.Sprintf("%s line %s: the ids are written as texts, between quotes (as json-server 1.x writes them): they are read as numbers; write them without quotes, or remove them", w.File, strconv.Itoa(w.Line))
	case NoPhoto:
		return p.Sprintf("%s has no photo: write them between [ and ], each between { and }, with its %s", w.File, w.Names)
	case RenamedField:
		return p.Sprintf("%s: the field %s is sent as %q, so a page that reads photo.%s finds nothing: put back json:%q on it",
			at, w.Key, w.Field, w.Role.String(), w.Role.String())
	case ParamField:
		return p.Sprintf("%s: the field %s is sent as %q, which is also a parameter of /photos (?%s=...): it cannot be filtered by; give it another name in its json tag",
			at, w.Key, w.Field, w.Field)
	}
	return p.Sprintf("%s: %s", at, label)
}

// urlWarning is the warning for the url u of photo i titled title, or ok false when the
// partner's page can show it (or it is missing, which NoField says). pictures is the
// folder of the pictures this server serves, which a url may name (nil: none).
func urlWarning(i int, title, u string, pictures Pictures) (w Warning, ok bool) {
	problem := CheckURL(u)
	name, local := images.LocalName(u)
	w = Warning{Kind: BadURL, Photo: i, Title: title, Role: URL, Text: u, URL: problem}
	switch {
	case problem == NoURLProblem:
		return w, false
	case local && pictures != nil && pictures.Has(name):
		return w, false
	case local && pictures != nil:
		w.Kind, w.Key, w.Names = PictureMissing, name, strings.Join(pictures.Names(), ", ")
	}
	return w, true
}

// sayURL says a url warning of kind BadURL (problem) or PictureMissing (names: the
// folder's pictures) for the url u of the photo label, at where ("": no place).
func sayURL(p *message.Printer, kind WarningKind, problem URLProblem, label, u, where, names string) string {
	var why string
	if kind == PictureMissing {
		name, _ := images.LocalName(u)
		if names == "" {
			why = p.Sprintf("names a picture of the %s folder, which has none: put %s in the folder %s, next to photos.go", images.Dir, lang.Escape(name), images.Dir)
		} else {
			why = p.Sprintf("names a picture that is not in the %s folder, which has %s: check the name, or put the picture there", images.Dir, lang.Escape(names))
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

// Sentences says each warning of ws in p's language, in order; nil for none.
func Sentences(p *message.Printer, ws []Warning) []string {
	if len(ws) == 0 {
		return nil
	}
	said := make([]string, len(ws))
	for i, w := range ws {
		said[i] = w.Say(p)
	}
	return said
}
