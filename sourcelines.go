package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// Where the Go files students edit write their photos, found with go/parser, so that a
// message points at the line to change (photos.go:17), as an editor jumps to it.

// goLiteral is where a Go file writes one photo: the line of its { and the line of each
// field it writes, by the field's name in small letters (description).
type goLiteral struct {
	line   int
	fields map[string]int
}

// lineOf is the line of field in the photo, or of the photo when the field is not written.
func (g goLiteral) lineOf(field string) (line int, written bool) {
	if l, ok := g.fields[field]; ok {
		return l, true
	}
	return g.line, false
}

// photosInGo finds each photo of `var photos = []Photo{...}` in file; nil when the file
// is not there (a program built and run elsewhere) or writes them another way.
func photosInGo(file string) []goLiteral {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	var photos []goLiteral
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || photos != nil {
			return photos == nil
		}
		for i, id := range spec.Names {
			if lit, ok := valueAt(spec, i).(*ast.CompositeLit); ok && id.Name == "photos" {
				for _, elt := range lit.Elts {
					photos = append(photos, literalOf(fset, elt))
				}
			}
		}
		return false
	})
	return photos
}

// photoInGo finds the first Photo{...} of file: where fake.go's fakePhoto makes a photo.
func photoInGo(file string) (goLiteral, bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
	if err != nil {
		return goLiteral{}, false
	}
	var found *goLiteral
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && found == nil {
			if id, ok := lit.Type.(*ast.Ident); ok && id.Name == "Photo" {
				g := literalOf(fset, lit)
				found = &g
			}
		}
		return found == nil
	})
	if found == nil {
		return goLiteral{}, false
	}
	return *found, true
}

func valueAt(spec *ast.ValueSpec, i int) ast.Expr {
	if i < len(spec.Values) {
		return spec.Values[i]
	}
	return nil
}

// literalOf reads where a photo literal and its fields are written.
func literalOf(fset *token.FileSet, e ast.Expr) goLiteral {
	g := goLiteral{line: fset.Position(e.Pos()).Line, fields: map[string]int{}}
	if lit, ok := e.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok {
					g.fields[strings.ToLower(key.Name)] = fset.Position(kv.Pos()).Line
				}
			}
		}
	}
	return g
}
