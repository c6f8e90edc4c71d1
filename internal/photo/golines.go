package photo

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
)

// Where the Go files students edit write their photos, found with go/parser, so that a
// message points at the line to change (photos.go:17), as an editor jumps to it.

// GoPlaces finds each photo of `var photos = []Photo{...}` in file, and the line of
// each field it writes; nil when the file is not there (a program built and run
// elsewhere) or writes its photos another way.
func (s *Schema) GoPlaces(file string) []Place {
	fset, f := parseGo(file)
	if f == nil {
		return nil
	}
	var places []Place
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || places != nil {
			return places == nil
		}
		for i, id := range spec.Names {
			if i >= len(spec.Values) {
				break
			}
			if lit, ok := spec.Values[i].(*ast.CompositeLit); ok && id.Name == "photos" {
				for _, elt := range lit.Elts {
					places = append(places, s.placeOf(fset, file, elt))
				}
			}
		}
		return false
	})
	return places
}

// GoPlace finds the first Photo{...} of file: where fake.go's fakePhoto makes a photo.
func (s *Schema) GoPlace(file string) (Place, bool) {
	fset, f := parseGo(file)
	if f == nil {
		return Place{}, false
	}
	var found *Place
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && found == nil {
			if id, ok := lit.Type.(*ast.Ident); ok && id.Name == "Photo" {
				at := s.placeOf(fset, file, lit)
				found = &at
			}
		}
		return found == nil
	})
	if found == nil {
		return Place{}, false
	}
	return *found, true
}

// parseGo parses file, or returns nil when it cannot be read or parsed.
func parseGo(file string) (*token.FileSet, *ast.File) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, nil
	}
	return fset, f
}

// placeOf reads where a photo literal and its fields are written: each field by its
// JSON name (the compiler has checked the Go names, so none is misspelt).
func (s *Schema) placeOf(fset *token.FileSet, file string, e ast.Expr) Place {
	at := Place{File: file, Line: fset.Position(e.Pos()).Line, Fields: map[string]FieldAt{}}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return at
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		for _, f := range s.Fields {
			if f.GoName == key.Name {
				at.Fields[f.Name] = FieldAt{Line: fset.Position(kv.Pos()).Line, Key: f.Name}
			}
		}
	}
	return at
}

// GoFieldWhere points at the line of file where the type Photo declares the field goName
// (photos.go:11), or at file alone when it cannot be found there. The type is named as
// in Go; the one rebuilt from a program's output has no name: it is photos.go's Photo.
func (s *Schema) GoFieldWhere(file, goName string) string {
	if line := s.GoFieldLine(file, goName); line > 0 {
		return file + ":" + strconv.Itoa(line)
	}
	return file
}

// GoFieldLine is the line of file where the type Photo declares the field goName, or 0
// when it cannot be found there (see GoFieldWhere).
func (s *Schema) GoFieldLine(file, goName string) int {
	name := s.Type.Name()
	if name == "" {
		name = "Photo"
	}
	return fieldLine(file, name, goName)
}

// FieldWhere points at the line of file where the type typeName declares the field
// goName (photos.go:11), or at file alone when it cannot be found there.
func FieldWhere(file, typeName, goName string) string {
	line := fieldLine(file, typeName, goName)
	if line == 0 {
		return file
	}
	return file + ":" + strconv.Itoa(line)
}

// fieldLine is the line of file where the type typeName declares the field goName, or
// 0 when it cannot be found there.
func fieldLine(file, typeName, goName string) int {
	fset, f := parseGo(file)
	if f == nil {
		return 0
	}
	line := 0
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Name.Name != typeName || line != 0 {
			return line == 0
		}
		if st, ok := ts.Type.(*ast.StructType); ok {
			for _, field := range st.Fields.List {
				for _, name := range field.Names {
					if name.Name == goName {
						line = fset.Position(name.Pos()).Line
					}
				}
			}
		}
		return false
	})
	return line
}
