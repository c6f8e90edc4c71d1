package main

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path"
	"slices"
	"strconv"
	"strings"
)

// How the students' photos.go and fake.go are made. The source is parsed with
// go/parser; the byte ranges of the key-value elements to remove are cut out of the
// text, so that everything else (comments, layout, the Photo type) stays as it is;
// then go/format realigns what is left. No regular expression touches the Go text.
//
// A Photo literal is Photo{...}, &Photo{...}, or an element of []Photo{...} written
// without its type, as in photos.go. In each, an element whose key is one of the
// removed fields goes:
//
//   - when every such element is alone on its lines (fake.go), with its lines, its
//     trailing comma and a // comment after it included;
//   - otherwise (photos.go, one photo a line), with the ", " that separates it from
//     the element before it, or from the one after it when it comes first.
//
// An import that the cut elements used, and nothing else does, is removed too, so
// that the file still builds.

// stripFields returns src, a Go file named filename, with the elements keyed by one
// of fields removed from every Photo literal, then formatted with go/format.
func stripFields(filename string, src []byte, fields ...string) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("%s does not parse (%v): fix it so that go build passes, then run again", filename, err)
	}
	tf := fset.File(f.Pos())
	var cuts []span
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		if isPhoto(lit.Type) {
			cuts = append(cuts, elementCuts(tf, src, lit, fields)...)
		}
		if elem := sliceElem(lit.Type); elem != nil && isPhoto(elem) {
			for _, e := range lit.Elts {
				if inner, ok := e.(*ast.CompositeLit); ok && inner.Type == nil {
					cuts = append(cuts, elementCuts(tf, src, inner, fields)...)
				}
			}
		}
		return true
	})
	out := cut(src, cuts)

	// The imports that only the removed elements used.
	gset := token.NewFileSet()
	g, err := parser.ParseFile(gset, filename, out, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("%s does not parse once its %s are removed (%v): report this, with the file, to whoever maintains tools/exercise", filename, strings.Join(fields, " and "), err)
	}
	before, after := selectorRoots(f), selectorRoots(g)
	var unused []span
	for _, decl := range g.Decls {
		d, ok := decl.(*ast.GenDecl)
		if !ok || d.Tok != token.IMPORT {
			continue
		}
		var gone []ast.Spec
		for _, s := range d.Specs {
			if name := importName(s.(*ast.ImportSpec)); before[name] && !after[name] {
				gone = append(gone, s)
			}
		}
		unused = append(unused, nodeCuts(gset.File(g.Pos()), out, d, gone)...)
	}
	out = cut(out, unused)

	formatted, err := format.Source(out)
	if err != nil {
		return nil, fmt.Errorf("%s cannot be formatted once its %s are removed (%v): report this, with the file, to whoever maintains tools/exercise", filename, strings.Join(fields, " and "), err)
	}
	return formatted, nil
}

// span is a byte range [start, end) of a source to cut.
type span struct{ start, end int }

// cut returns src without the spans, which may overlap.
func cut(src []byte, spans []span) []byte {
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	var out []byte
	at := 0
	for _, s := range spans {
		if s.start > at {
			out = append(out, src[at:s.start]...)
		}
		at = max(at, s.end)
	}
	return append(out, src[at:]...)
}

// isPhoto reports whether a literal's type is Photo.
func isPhoto(typ ast.Expr) bool {
	id, ok := typ.(*ast.Ident)
	return ok && id.Name == "Photo"
}

// sliceElem is the element type of a slice or array type, or nil.
func sliceElem(typ ast.Expr) ast.Expr {
	if a, ok := typ.(*ast.ArrayType); ok {
		return a.Elt
	}
	return nil
}

// elementCuts are the spans that remove, from lit, its elements keyed by one of fields.
func elementCuts(tf *token.File, src []byte, lit *ast.CompositeLit, fields []string) []span {
	var gone []ast.Node
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && slices.Contains(fields, id.Name) {
				gone = append(gone, e)
			}
		}
	}
	elts := make([]ast.Node, len(lit.Elts))
	for i, e := range lit.Elts {
		elts[i] = e
	}
	return listCuts(tf, src, elts, gone)
}

// nodeCuts are the spans that remove the import specs gone from the import
// declaration d: the whole declaration when none is left.
func nodeCuts(tf *token.File, src []byte, d *ast.GenDecl, gone []ast.Spec) []span {
	if len(gone) == 0 {
		return nil
	}
	if len(gone) == len(d.Specs) {
		return listCuts(tf, src, []ast.Node{d}, []ast.Node{d})
	}
	specs := make([]ast.Node, len(d.Specs))
	for i, s := range d.Specs {
		specs[i] = s
	}
	removed := make([]ast.Node, len(gone))
	for i, s := range gone {
		removed[i] = s
	}
	return listCuts(tf, src, specs, removed)
}

// listCuts are the spans that remove the nodes gone from the list of nodes list
// (the elements of a literal, the specs of an import block), as the comment at the
// top of this file says.
func listCuts(tf *token.File, src []byte, list, gone []ast.Node) []span {
	if len(gone) == 0 {
		return nil
	}
	var cuts []span
	for _, n := range gone { // alone on its lines?
		s, ok := ownLines(src, tf.Offset(n.Pos()), tf.Offset(n.End()))
		if !ok {
			cuts = nil
			break
		}
		cuts = append(cuts, s)
	}
	if cuts != nil {
		return cuts
	}
	keptBefore := false
	for i, n := range list {
		if !slices.Contains(gone, n) {
			keptBefore = true
			continue
		}
		start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
		switch {
		case keptBefore: // ", Description: ..." after the element before
			start = tf.Offset(list[i-1].End())
		case i+1 < len(list): // "Description: ..., " before the element after
			end = tf.Offset(list[i+1].Pos())
		default: // the last of a list with nothing kept: its trailing comma too
			if rest := strings.TrimLeft(string(src[end:]), " \t"); strings.HasPrefix(rest, ",") {
				end = len(src) - len(rest) + 1
			}
		}
		cuts = append(cuts, span{start, end})
	}
	return cuts
}

// ownLines is the span of the whole lines of src[start:end] when nothing but blanks
// comes before it on its first line, and nothing but a comma, blanks and a //
// comment after it on its last line.
func ownLines(src []byte, start, end int) (span, bool) {
	lineStart := start
	for lineStart > 0 && (src[lineStart-1] == ' ' || src[lineStart-1] == '\t') {
		lineStart--
	}
	if lineStart > 0 && src[lineStart-1] != '\n' {
		return span{}, false
	}
	rest := string(src[end:])
	lineEnd, _, found := strings.Cut(rest, "\n")
	after := strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(lineEnd, " \t"), ","))
	if after != "" && !strings.HasPrefix(after, "//") {
		return span{}, false
	}
	stop := end + len(lineEnd)
	if found {
		stop++
	}
	return span{lineStart, stop}, true
}

// selectorRoots are the names used as x in x.Sel in a file: the imported packages it
// uses, among others.
func selectorRoots(f *ast.File) map[string]bool {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	return used
}

// importName is the name an import is used by: its own name, or the last element
// of its path without a major version (github.com/go-faker/faker/v4 is faker). It is
// a guess for a package named otherwise, but a wrong guess only keeps an import,
// since the name is then used neither before nor after the cut. "_" and "." imports
// are never removed.
func importName(s *ast.ImportSpec) string {
	if s.Name != nil {
		if s.Name.Name == "_" || s.Name.Name == "." {
			return ""
		}
		return s.Name.Name
	}
	p, err := strconv.Unquote(s.Path.Value)
	if err != nil {
		return ""
	}
	dir, last := path.Split(p)
	if isMajorVersion(last) && dir != "" {
		last = path.Base(dir)
	}
	last, _, _ = strings.Cut(last, ".") // gopkg.in/yaml.v3
	return last
}

// isMajorVersion reports whether a path element is a major version: v2, v3...
func isMajorVersion(elem string) bool {
	digits := strings.TrimPrefix(elem, "v")
	return digits != elem && digits != "" && strings.Trim(digits, "0123456789") == ""
}
