package program

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// Type is the shape of a Go type as the S line carries it: what encoding/json needs to
// write and read its values the same way, and what the engine's schema reads (the JSON
// names and kinds of the fields). Kind is reflect.Kind's name ("string", "int64",
// "slice", "struct"...), or "time" for time.Time, or "raw" for a type with JSON or text
// methods of its own (its values are kept as the JSON it writes). Name is the type as
// Go writes it ("main.Tags", "[]string"), for messages.
type Type struct {
	Kind   string  `json:"kind"`
	Name   string  `json:"name,omitempty"`
	Elem   *Type   `json:"elem,omitempty"`   // of a pointer, slice, array or map
	Key    *Type   `json:"key,omitempty"`    // of a map
	Len    int     `json:"len,omitempty"`    // of an array
	Fields []Field `json:"fields,omitempty"` // of a struct: its exported fields and embedded structs
}

// Field is a field of a struct Type. Name is its Go name, Tag its whole tag, Embedded
// whether it is an embedded field (whose fields encoding/json promotes).
type Field struct {
	Name     string `json:"name"`
	Tag      string `json:"tag,omitempty"`
	Embedded bool   `json:"embedded,omitempty"`
	Type     Type   `json:"type"`
}

// maxDepth is how deep ShapeOf follows types: a type that contains itself (a Next
// *Photo) is kept as raw JSON below it.
const maxDepth = 8

var (
	timeType      = reflect.TypeOf(time.Time{})
	rawType       = reflect.TypeOf(json.RawMessage(nil))
	marshalerType = reflect.TypeOf((*json.Marshaler)(nil)).Elem()
	textType      = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

// ShapeOf is the shape of t.
func ShapeOf(t reflect.Type) Type { return shapeOf(t, 0) }

func shapeOf(t reflect.Type, depth int) Type {
	s := Type{Kind: t.Kind().String(), Name: t.String()}
	switch {
	case t.Kind() == reflect.Pointer && depth <= maxDepth: // *time.Time is a time too
		e := shapeOf(t.Elem(), depth+1)
		s.Elem = &e
		return s
	case t == timeType:
		s.Kind = "time"
		return s
	case depth > maxDepth || t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType) ||
		(t.Kind() != reflect.String && (t.Implements(textType) || reflect.PointerTo(t).Implements(textType))):
		s.Kind = "raw"
		return s
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Chan:
		e := shapeOf(t.Elem(), depth+1)
		s.Elem = &e
		s.Len = 0
		if t.Kind() == reflect.Array {
			s.Len = t.Len()
		}
	case reflect.Map:
		k, e := shapeOf(t.Key(), depth+1), shapeOf(t.Elem(), depth+1)
		s.Key, s.Elem = &k, &e
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			embedsStruct := f.Anonymous && (f.Type.Kind() == reflect.Struct || f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct)
			if !f.IsExported() && !embedsStruct {
				continue // encoding/json neither writes nor reads it
			}
			s.Fields = append(s.Fields, Field{Name: f.Name, Tag: string(f.Tag), Embedded: f.Anonymous, Type: shapeOf(f.Type, depth+1)})
		}
	}
	return s
}

// kinds are the kinds a Type rebuilds as themselves.
var kinds = map[string]reflect.Type{
	"bool": reflect.TypeOf(false), "string": reflect.TypeOf(""),
	"int": reflect.TypeOf(int(0)), "int8": reflect.TypeOf(int8(0)), "int16": reflect.TypeOf(int16(0)),
	"int32": reflect.TypeOf(int32(0)), "int64": reflect.TypeOf(int64(0)),
	"uint": reflect.TypeOf(uint(0)), "uint8": reflect.TypeOf(uint8(0)), "uint16": reflect.TypeOf(uint16(0)),
	"uint32": reflect.TypeOf(uint32(0)), "uint64": reflect.TypeOf(uint64(0)), "uintptr": reflect.TypeOf(uintptr(0)),
	"float32": reflect.TypeOf(float32(0)), "float64": reflect.TypeOf(float64(0)),
	"complex64": reflect.TypeOf(complex64(0)), "complex128": reflect.TypeOf(complex128(0)),
	"interface": reflect.TypeOf((*any)(nil)).Elem(),
	"func":      reflect.TypeOf(func() {}), "unsafe.Pointer": reflect.TypeOf(struct{}{}),
	"time": timeType, "raw": rawType,
}

// ErrShape is the error of a Type that does not describe a Go type (a program that
// printed a wrong S line).
var ErrShape = errors.New("program: the shape printed is not a Go type")

// Go rebuilds the type the shape describes: a type whose values encoding/json writes
// and reads as the original type's, with the same fields, tags and kinds (named types
// become their unnamed form: main.Tags is []string; an unexported embedded struct is
// embedded under an exported name, which encoding/json does not show).
func (t Type) Go() (rt reflect.Type, err error) {
	defer func() { // reflect panics on what it cannot make (two fields of one name...)
		if r := recover(); r != nil {
			rt, err = nil, fmt.Errorf("%w: %v", ErrShape, r)
		}
	}()
	return t.build(0)
}

func (t Type) build(depth int) (reflect.Type, error) {
	if depth > maxDepth+1 {
		return nil, ErrShape
	}
	if rt, ok := kinds[t.Kind]; ok {
		return rt, nil
	}
	elem := func() (reflect.Type, error) {
		if t.Elem == nil {
			return nil, ErrShape
		}
		return t.Elem.build(depth + 1)
	}
	switch t.Kind {
	case "ptr":
		e, err := elem()
		if err != nil {
			return nil, err
		}
		return reflect.PointerTo(e), nil
	case "slice":
		e, err := elem()
		if err != nil {
			return nil, err
		}
		return reflect.SliceOf(e), nil
	case "array":
		e, err := elem()
		if err != nil || t.Len < 0 {
			return nil, ErrShape
		}
		return reflect.ArrayOf(t.Len, e), nil
	case "chan":
		e, err := elem()
		if err != nil {
			return nil, err
		}
		return reflect.ChanOf(reflect.BothDir, e), nil
	case "map":
		e, err := elem()
		if err != nil || t.Key == nil {
			return nil, ErrShape
		}
		k, err := t.Key.build(depth + 1)
		if err != nil {
			return nil, err
		}
		if t.Key.Kind == "raw" { // a key with its own MarshalText: JSON writes it as a text
			k = reflect.TypeOf("")
		}
		return reflect.MapOf(k, e), nil
	case "struct":
		fields := make([]reflect.StructField, 0, len(t.Fields))
		for i, f := range t.Fields {
			ft, err := f.Type.build(depth + 1)
			if err != nil {
				return nil, err
			}
			name := f.Name
			if name == "" {
				return nil, ErrShape
			}
			if c := name[0]; c >= 'a' && c <= 'z' || c == '_' { // an unexported embedded struct: its fields are promoted all the same
				name = "X" + strconv.Itoa(i) + "_" + name
			}
			embeds := ft.Kind() == reflect.Struct || ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct
			fields = append(fields, reflect.StructField{Name: name, Type: ft, Tag: reflect.StructTag(f.Tag), Anonymous: f.Embedded && embeds})
		}
		return reflect.StructOf(fields), nil
	}
	return nil, ErrShape
}
