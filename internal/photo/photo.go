package photo

import (
	"reflect"
)

// Photo is one photo as the engine holds it: the five fields it reads, copied out of
// the student's value when the record is made, and that value itself, which
// encoding/json writes (so a field a student adds is sent) and which the filters and
// the sorting read. A record owns its value: the engine's copy, never the student's.
type Photo struct {
	ID                               int
	URL, Title, Description, Keyword string

	value reflect.Value // a pointer to a value of the students' Photo type
}

// Text returns the text the photo holds for role (not for ID).
func (ph *Photo) Text(r Role) string {
	switch r {
	case URL:
		return ph.URL
	case Title:
		return ph.Title
	case Description:
		return ph.Description
	case Keyword:
		return ph.Keyword
	}
	return ""
}

// Value is the student's value, for encoding/json: a pointer to a Photo of photos.go.
func (ph *Photo) Value() any { return ph.value.Interface() }

// Field returns field f of the photo, to compare or sort by it.
func (ph *Photo) Field(f Field) reflect.Value { return ph.value.Elem().FieldByIndex(f.Index) }

// New returns a new zero value of the Photo type, as a pointer, to decode into.
func (s *Schema) New() reflect.Value { return reflect.New(s.Type) }

// Record makes the engine's record of v, a pointer to a value of the Photo type (from
// New): the record owns v from then on. A list or map field left nil (a photo written
// without the Tags a student added) is made empty, so that it is sent as [] or {}, as
// the partner's page expects, not null (encoding/json's way) that breaks photo.tags.map.
func (s *Schema) Record(v reflect.Value) Photo {
	e := v.Elem()
	for _, f := range s.Fields {
		fv, err := e.FieldByIndexErr(f.Index)
		if err != nil || !fv.CanSet() || !fv.IsZero() {
			continue
		}
		switch {
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() != reflect.Uint8: // not []byte, sent as a text
			fv.Set(reflect.MakeSlice(f.Type, 0, 0))
		case f.Type.Kind() == reflect.Map:
			fv.Set(reflect.MakeMap(f.Type))
		}
	}
	text := func(r Role) string { return e.FieldByIndex(s.Field(r).Index).String() }
	ph := Photo{URL: text(URL), Title: text(Title), Description: text(Description), Keyword: text(Keyword), value: v}
	id := e.FieldByIndex(s.Field(ID).Index)
	if id.CanInt() {
		ph.ID = int(id.Int())
	} else {
		ph.ID = int(id.Uint())
	}
	return ph
}

// SetID gives ph its id, in the record and in the value that is sent.
func (s *Schema) SetID(ph *Photo, id int) {
	ph.ID = id
	f := ph.value.Elem().FieldByIndex(s.Field(ID).Index)
	if f.CanInt() {
		f.SetInt(int64(id))
	} else {
		f.SetUint(uint64(id))
	}
}
