package datafile

import (
	"reflect"
	"strconv"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/lang"
)

// Code is what keeps a data file from being read or served.
type Code int

const (
	CannotCreate    Code = iota // Create could not make the file (Detail: Go's words)
	CannotWrite                 // Create could not write it
	KeepsChanging               // at start, it changed at each read
	Missing                     // it does not exist (any more)
	NoRight                     // no right to read it
	CannotRead                  // another error of the system (Detail)
	Folder                      // a folder, not a file
	TooBig                      // more than MaxSize (Size)
	GoCode                      // Go code given as a data file
	NotTextOther                // not text, for a reason of no kind (Detail)
	NotText                     // a NUL byte: not a text file (Line, Column)
	BadCharacter                // a character that cannot be read in its encoding (Charset, Line, Column)
	Empty                       // nothing but spaces
	Syntax                      // a JSON syntax mistake (Syntax, Char, Quote, Detail; Line, Column)
	NotJSON                     // not JSON, where no mistake could be pointed at
	NotAList                    // neither a list nor an object with a "photos" list
	NoPhotosList                // an object with a key nearly "photos" (Key)
	NotAnObject                 // a photo not written between { and } (Photo)
	IDNotANumber                // an id written as a text that is not a number (Photo, Line)
	WrongKind                   // a field with a value of the wrong kind (Field, Found, Want)
	PhotoUnreadable             // a photo that cannot be read for a reason of no kind (Detail)
	DuplicateID                 // two photos with one id (Dup, Lines, IDName)
)

// An Error is what keeps a data file from being read or served, kept as a value (a
// code and its facts) until the edge that prints it says it in its reader's language
// (Say). It is comparable, so that a state of the file is said once: the same mistake
// found again is the same value.
type Error struct {
	Code Code
	File string // how the messages name the file
	// Line and Column are where the mistake is, from 1; 0 when not known.
	Line, Column int
	Photo        int                      // the photo at fault, from 0
	Key          string                   // NoPhotosList: the key the file writes
	Size         int64                    // TooBig: the file's size
	Charset      charset                  // BadCharacter: the encoding being read
	Syntax       syntaxKind               // Syntax: what the grammar expected
	Char         byte                     // Syntax: the byte where it stopped
	Quote        bool                     // Syntax: a " inside a text ended it
	Field        string                   // WrongKind: the field
	Found        string                   // WrongKind: the kind of value written: string, number, bool, array, object, null
	Want         reflect.Kind             // WrongKind: the kind of the field
	Detail       string                   // Go's own words, shown as they are (an I/O error), never read
	Dup          catalog.DuplicateIDError // DuplicateID
	Lines        [2]int                   // DuplicateID: the lines of the two photos
	IDName       string                   // DuplicateID: the id as the file writes it
	AtStart      bool                     // said at start: the server stops, and says to fix the file and start again
}

// Error is the sentence in English.
func (e Error) Error() string { return e.Say(lang.English) }

// Unwrap gives the *catalog.DuplicateIDError of two photos with one id.
func (e Error) Unwrap() error {
	if e.Code == DuplicateID {
		dup := e.Dup
		return &dup
	}
	return nil
}

// Say says the error in one sentence in p's language: the file, where, what is wrong
// and what to do.
func (e Error) Say(p *message.Printer) string {
	said := e.say(p)
	if e.AtStart {
		return p.Sprintf("%s; fix the file and start the server again", said)
	}
	return said
}

func (e Error) say(p *message.Printer) string {
	name := e.File
	line, col := strconv.Itoa(e.Line), strconv.Itoa(e.Column)
	at := func(msg string) string {
		return p.Sprintf("%s line %s, column %s: %s", name, line, col, msg)
	}
	label := lang.PhotoLabel(p, e.Photo, "")
	switch e.Code {
	case CannotCreate:
		return p.Sprintf("%s cannot be created (%v): choose a folder where you can write", name, e.Detail)
	case CannotWrite:
		return p.Sprintf("%s cannot be written (%v): check that the disk is not full", name, e.Detail)
	case KeepsChanging:
		return p.Sprintf("%s keeps changing while it is read: save it once, then start the server again", name)
	case Missing:
		return p.Sprintf("%s does not exist (any more): save it again, or start the server with another file", name)
	case NoRight:
		return p.Sprintf("%s cannot be read: you do not have the right to read it (chmod u+r %s)", name, name)
	case CannotRead:
		return p.Sprintf("%s cannot be read (%v): check the file, then save it again", name, e.Detail)
	case Folder:
		return p.Sprintf("%s is a folder, not a file: give the name of a JSON file, such as %s", name, "photos.json")
	case TooBig:
		return p.Sprintf("%s is %s, more than the %s this server reads: keep fewer photos in it", name, lang.Size(p, e.Size), lang.Size(p, MaxSize))
	case GoCode:
		return p.Sprintf("%s is Go code, not a data file: give a JSON file, such as -data photos.json (it is created if missing)", name)
	case NotTextOther:
		return p.Sprintf("%s cannot be read as text (%v): %s", name, e.Detail, saveAsUTF8(p))
	case NotText:
		return p.Sprintf("%s line %s, column %s: this is not a text file (it holds a NUL byte): the photos must be written as JSON text", name, line, col)
	case BadCharacter:
		return p.Sprintf("%s line %s, column %s: a character cannot be read as %s: %s", name, line, col, charsetName(p, e.Charset), saveAsUTF8(p))
	case Empty:
		return p.Sprintf("%s is empty: it should hold a list of photos, [ ... ]", name)
	case Syntax:
		return at(plainSyntax(p, e.Syntax, e.Char, e.Quote, e.Detail))
	case NotJSON:
		return p.Sprintf("%s is not JSON: it should hold a list of photos, [ ... ]", name)
	case NotAList:
		return p.Sprintf("%s must hold a list of photos, [ {...}, {...} ], or an object with a \"photos\" list", name)
	case NoPhotosList:
		return p.Sprintf("%s has no \"photos\" list: did you mean \"photos\" where it writes %q?", name, e.Key)
	case NotAnObject:
		return at(p.Sprintf("%s must be written between { and }, like the others", label))
	case IDNotANumber:
		return p.Sprintf("%s line %s: %s has an id that is not a number: remove the ids of the photos (the server numbers them itself)", name, line, label)
	case WrongKind:
		return at(p.Sprintf("%s: %s", label, plainTypeError(p, e.Field, e.Found, e.Want)))
	case PhotoUnreadable:
		return at(p.Sprintf("%s cannot be read (%v): write it like the others", label, e.Detail))
	case DuplicateID:
		where := p.Sprintf("%s lines %s and %s:", name, strconv.Itoa(e.Lines[0]), strconv.Itoa(e.Lines[1]))
		return e.Dup.Explain(p, where, e.IDName)
	}
	return p.Sprintf("%s cannot be read (%v): check the file, then save it again", name, e.Detail)
}
