// Package photo is what the engine knows of a photo. The students' Photo type (photos.go)
// is read once into a Schema: the JSON names of the five fields the engine needs (an id
// that is a whole number; a url, a title, a description and a keyword that are texts)
// and of every other field a student adds. Everything that reads a field goes through it:
// the filters, the sorting, q=, the offline urls, the data file, the warnings, the
// pictures and the grading. A Photo is the engine's record of one photo: those five
// fields copied out, and the student's own value, which encoding/json writes.
//
// The package also knows where a file writes each photo (Place: a line of photos.go or
// of a data file) and what is worth saying of a photo's texts, one sentence each
// (Checker), so that the server at start, a data file at each reload and the grading
// sheet say the same thing in the same words.
package photo

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/message"

	"photoserver/internal/lang"
)

// Role is one of the five fields the engine needs from a photo.
type Role int

// The roles, in the order photos.go writes them.
const (
	ID Role = iota
	URL
	Title
	Description
	Keyword
)

// roles are the five roles, for loops.
var roles = []Role{ID, URL, Title, Description, Keyword}

// Texts are the roles that hold a text, as the warnings name them.
var Texts = []Role{Title, Description, Keyword, URL}

// String is the role's JSON name on the exercise's fiche: "id", "url", "title"...
func (r Role) String() string {
	return [...]string{"id", "url", "title", "description", "keyword"}[r]
}

// goName is the role's field name in photos.go as handed out: ID, URL, Title...
func (r Role) goName() string {
	return [...]string{"ID", "URL", "Title", "Description", "Keyword"}[r]
}

// Field is one field of the Photo type as encoding/json writes it.
type Field struct {
	Name   string // its JSON name: "title", or "tags" for a field a student adds
	GoName string // its name in photos.go: Title, Tags
	Index  []int  // for reflect.Value.FieldByIndex
	Type   reflect.Type
}

// Schema is the students' Photo type, read once by Of.
type Schema struct {
	Type   reflect.Type // the struct type: Photo
	Fields []Field      // every field encoding/json writes, in its order
	Names  []string     // the JSON name of each of Fields, for hints and parameters
	role   [5]int       // the index in Fields of each role
}

// Field returns the field that plays role.
func (s *Schema) Field(r Role) Field { return s.Fields[s.role[r]] }

// Name returns the JSON name of the field that plays role: "description", unless the
// student renamed it (json:"desc").
func (s *Schema) Name(r Role) string { return s.Fields[s.role[r]].Name }

// Index returns the position in Fields of the field whose JSON name is name, or -1.
func (s *Schema) Index(name string) int {
	for i, f := range s.Fields {
		if f.Name == name {
			return i
		}
	}
	return -1
}

// Renamed lists the roles whose field is sent under another JSON name than the fiche's
// (json:"desc" for the description): the partner's page, which reads photo.description,
// would find nothing there.
func (s *Schema) Renamed() []Role {
	var renamed []Role
	for _, r := range roles {
		if s.Name(r) != r.String() {
			renamed = append(renamed, r)
		}
	}
	return renamed
}

// A SchemaError says what keeps the Photo type of photos.go from being served.
type SchemaError struct {
	Role   Role   // the field the engine needs, when it is one of them
	Field  string // the Go field concerned, when there is one
	Other  string // for two fields sent under one name: the other field
	Name   string // and that name
	Type   string // the type it has, when it is of the wrong kind
	Reason schemaProblem
}

// schemaProblem is what is wrong with the type.
type schemaProblem int

const (
	notAStruct      schemaProblem = iota // Photo is not a struct
	missingField                         // no field plays the role
	wrongKind                            // the field is not a whole number (id) or a text
	sameName                             // two fields are sent under one JSON name
	notJSON                              // encoding/json cannot write the type
	twoRoles                             // one field is named for two of the five
	embeddedPointer                      // an embedded *Struct
)

func (e *SchemaError) Error() string { return e.Explain(lang.English) }

// Say says in one sentence, in p's language, which field of photos.go to write or
// change, and how, at its line of photos.go when the file is here to read (Where).
func (e *SchemaError) Say(p *message.Printer) string {
	return e.ExplainAt(p, e.Where("photos.go"))
}

// Explain says in one sentence, in p's language, which field of photos.go to write or
// change, and how.
func (e *SchemaError) Explain(p *message.Printer) string {
	return e.ExplainAt(p, "photos.go")
}

// ExplainAt is Explain pointing at where, the line of photos.go where the type declares
// the field (photos.go:12, see FieldWhere), or the file alone.
func (e *SchemaError) ExplainAt(p *message.Printer, where string) string {
	want := e.Role.goName() + " string `json:\"" + e.Role.String() + "\"`"
	if e.Role == ID {
		want = "ID int `json:\"id\"`"
	}
	switch e.Reason {
	case notAStruct:
		return p.Sprintf("%s: Photo must be a struct, type Photo struct { ... }, as in the photos.go handed out", where)
	case notJSON:
		return p.Sprintf("%s: the type Photo cannot be sent as JSON (%s): keep only texts, numbers, true or false, and lists of them in its fields", where, e.Type)
	case twoRoles:
		return p.Sprintf("%s: the field %s of Photo is sent as %q, the name of the %s: give it back its own name, json:%q", where, e.Field, e.Name, e.Other, strings.ToLower(e.Role.String()))
	case embeddedPointer:
		return p.Sprintf("%s: Photo embeds *%s, a pointer: embed %s itself, or write its fields in Photo", where, e.Field, e.Field)
	case missingField:
		return p.Sprintf("%s: the type Photo has no %s field, which every photo needs: put it back in the type, %s", where, e.Role.String(), want)
	case wrongKind:
		if e.Role == ID {
			return p.Sprintf("%s: the field %s of Photo must be a whole number (int), not %s: write %s", where, e.Field, e.Type, want)
		}
		return p.Sprintf("%s: the field %s of Photo must be a text (string), not %s: write %s, and one text per photo", where, e.Field, e.Type, want)
	}
	return p.Sprintf("%s: the fields %s and %s of Photo are both sent as %q, so encoding/json sends neither: give each its own name in its json tag", where, e.Field, e.Other, e.Name)
}

// Of reads the schema of t, the students' Photo type. Each role is played by the field
// whose JSON name is the role's ("description"), or else by the field whose Go name is
// the role's (Description) under another JSON name, which Renamed reports. The JSON
// names are encoding/json's: the tag's name, else the Go name; `json:"-"`, unexported
// fields and embedded structs themselves are not sent (an embedded struct's own fields
// are). The error is a *SchemaError.
func Of(t reflect.Type) (*Schema, error) {
	if known, ok := schemas.Load(t); ok {
		return known.(*Schema), nil
	}
	s, err := read(t)
	if err != nil {
		return nil, err
	}
	known, _ := schemas.LoadOrStore(t, s)
	return known.(*Schema), nil
}

// schemas are the schemas read, by type: each type is read once, and what is cached
// beside a schema (the query parameters its fields make) is made once too.
var schemas sync.Map

// read reads the schema of t (see Of).
func read(t reflect.Type) (*Schema, error) {
	if t.Kind() != reflect.Struct {
		return nil, &SchemaError{Reason: notAStruct}
	}
	if _, err := json.Marshal(reflect.New(t).Interface()); err != nil {
		return nil, &SchemaError{Reason: notJSON, Type: err.Error()}
	}
	s := &Schema{Type: t}
	if err := s.addFields(t, nil, map[string]int{}); err != nil {
		return nil, err
	}
	used := map[int]Role{} // field -> the role it plays
	for _, r := range roles {
		k := s.Index(r.String())
		if k < 0 {
			for i, f := range s.Fields {
				if strings.EqualFold(f.GoName, r.goName()) {
					k = i
				}
			}
		}
		if k < 0 {
			return nil, &SchemaError{Role: r, Reason: missingField}
		}
		f := s.Fields[k]
		if (r == ID && !isWholeNumber(f.Type.Kind())) || (r != ID && f.Type.Kind() != reflect.String) {
			return nil, &SchemaError{Role: r, Reason: wrongKind, Field: f.GoName, Type: f.Type.String()}
		}
		if other, taken := used[k]; taken { // Title tagged "url": one field cannot be both
			return nil, &SchemaError{Role: r, Reason: twoRoles, Field: f.GoName, Name: f.Name, Other: other.String()}
		}
		used[k] = r
		s.role[r] = k
	}
	return s, nil
}

// addFields adds the fields of struct type t, found at index (nil at the top), as
// encoding/json writes them: an exported field by its tag's name or its own, a field
// tagged "-" left out, the fields of an embedded struct without a tag promoted to this
// level (a field of the outer struct winning over one of the same name further in). An
// embedded pointer is refused: encoding/json leaves out what it points to when it is
// nil, which a list of photos cannot follow. depth is the depth of each name seen.
func (s *Schema) addFields(t reflect.Type, index []int, depth map[string]int) error {
	type inner struct {
		t     reflect.Type
		index []int
	}
	var embedded []inner
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		at := append(slices.Clone(index), i)
		switch {
		case name == "-":
			continue
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			embedded = append(embedded, inner{f.Type, at})
			continue
		case f.Anonymous && f.Type.Kind() == reflect.Pointer:
			return &SchemaError{Reason: embeddedPointer, Field: f.Name} // an embedded field is named after its type
		case !f.IsExported():
			continue
		case name == "":
			name = f.Name
		}
		if d, seen := depth[name]; seen && d == len(index) {
			return &SchemaError{Reason: sameName, Field: s.Fields[s.Index(name)].GoName, Other: f.Name, Name: name}
		} else if seen {
			continue // one nearer the top wins, as in encoding/json
		}
		depth[name] = len(index)
		s.Fields = append(s.Fields, Field{Name: name, GoName: f.Name, Index: at, Type: f.Type})
		s.Names = append(s.Names, name)
	}
	for _, e := range embedded {
		if err := s.addFields(e.t, e.index, depth); err != nil {
			return err
		}
	}
	return nil
}

// isWholeNumber reports whether a kind holds the whole numbers an id may be: not the
// small ones (int8, uint16...), where the 200th photo's id would wrap around.
func isWholeNumber(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// Where points at the line of file (photos.go) that declares the field the error is
// about (photos.go:12), or at the file alone.
func (e *SchemaError) Where(file string) string {
	if e.Field == "" || e.Reason == notJSON || e.Reason == embeddedPointer {
		return file
	}
	return FieldWhere(file, "Photo", e.Field)
}
