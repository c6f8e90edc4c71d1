package grading

import (
	"cmp"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
)

// "Made with Faker" means made with go-faker: each text field of the Photo that
// fakePhoto returns must flow from a go-faker call (faker.Sentence()...), directly or
// through a variable or a function of the file, on every path that returns a photo;
// the seed test (gradeFaker) checks besides that the texts change with the seed. A
// text made from the seed or n alone, or by hand on some paths (if n%2 == 0), earns
// nothing, said at its line of fake.go.

// fakerPath is go-faker's import path.
const fakerPath = "github.com/go-faker/faker/v4"

// maxFakeGo is the largest fake.go read: a real one is a few hundred bytes.
const maxFakeGo = 1 << 20

// notFromFaker is a text field of fakePhoto's photo that does not flow from go-faker.
type notFromFaker struct {
	Line  int    // the line of fake.go where the field is given its value
	Field string // its Go name: Title
}

// readFakeGo reads fake.go in the graded folder: a regular file of at most maxFakeGo
// bytes. It returns nil and missing when there is no such file, and nil alone when the
// file is there but is not read (a link, a device, a FIFO, or over maxFakeGo bytes):
// then objective 3 cannot be checked, and is not earned.
func readFakeGo(path string) (src []byte, missing bool) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, true
	}
	if err != nil || !info.Mode().IsRegular() || info.Size() > maxFakeGo {
		return nil, false
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFakeGo+1))
	if err != nil || len(b) > maxFakeGo {
		return nil, false
	}
	return b, false
}

// fakerFlow finds, in the Go source src, the text fields (by Go name) of each photo that
// fakePhoto returns whose value does not flow from a go-faker call. found is false when
// src has no fakePhoto to read (then nothing is said).
func fakerFlow(src []byte, fields []string) (problems []notFromFaker, found bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "fake.go", src, 0)
	if err != nil {
		return nil, false
	}
	fl := flow{fset: fset, funcs: map[string]*ast.FuncDecl{}, vars: map[string]ast.Expr{}, busy: map[ast.Node]bool{}}
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == fakerPath {
			fl.faker = "faker"
			if imp.Name != nil {
				fl.faker = imp.Name.Name
			}
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				fl.funcs[d.Name.Name] = d
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok {
					for i, name := range vs.Names {
						if i < len(vs.Values) {
							fl.vars[name.Name] = vs.Values[i]
						}
					}
				}
			}
		}
	}
	fake := fl.funcs["fakePhoto"]
	if fake == nil || fake.Body == nil {
		return nil, false
	}
	want := map[string]bool{}
	for _, name := range fields {
		want[name] = true
	}
	said := map[notFromFaker]bool{}
	say := func(pos token.Pos, field string) {
		p := notFromFaker{fset.Position(pos).Line, field}
		if !said[p] {
			said[p] = true
			problems = append(problems, p)
		}
	}
	ast.Inspect(fake.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 {
			return true
		}
		for field, value := range fl.photoFields(fake, ret.Results[0]) {
			if want[field] && !fl.flows(fake, value.expr) {
				say(value.pos, field)
			}
		}
		return true
	})
	slices.SortFunc(problems, func(a, b notFromFaker) int { return cmp.Or(a.Line-b.Line, strings.Compare(a.Field, b.Field)) })
	return problems, true
}

// flow follows values through one Go file.
type flow struct {
	fset  *token.FileSet
	faker string                   // go-faker's name in the file, "" when it is not imported
	funcs map[string]*ast.FuncDecl // the file's functions
	vars  map[string]ast.Expr      // the file's package-level variables, by their value
	busy  map[ast.Node]bool        // what is being followed, against cycles
}

// valueAt is a field's value and where it is written.
type valueAt struct {
	expr ast.Expr
	pos  token.Pos
}

// photoFields are the text fields a returned photo is given: by a composite literal
// Photo{Title: ...}, or, for a variable, by its literal and its p.Title = ... (a field
// given two values has the first that does not flow, else the last).
func (fl *flow) photoFields(fn *ast.FuncDecl, e ast.Expr) map[string]valueAt {
	out := map[string]valueAt{}
	lit := func(e ast.Expr) {
		if u, ok := e.(*ast.UnaryExpr); ok {
			e = u.X
		}
		if cl, ok := e.(*ast.CompositeLit); ok {
			for _, elt := range cl.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if key, ok := kv.Key.(*ast.Ident); ok {
						out[key.Name] = valueAt{kv.Value, kv.Value.Pos()}
					}
				}
			}
		}
	}
	id, isVar := e.(*ast.Ident)
	if !isVar {
		lit(e)
		return out
	}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if i >= len(n.Rhs) {
					break
				}
				if l, ok := lhs.(*ast.Ident); ok && l.Name == id.Name {
					lit(n.Rhs[i])
				}
				if sel, ok := lhs.(*ast.SelectorExpr); ok {
					if x, ok := sel.X.(*ast.Ident); ok && x.Name == id.Name {
						if prev, set := out[sel.Sel.Name]; !set || fl.flows(fn, prev.expr) {
							out[sel.Sel.Name] = valueAt{n.Rhs[i], n.Rhs[i].Pos()}
						}
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if name.Name == id.Name && i < len(n.Values) {
					lit(n.Values[i])
				}
			}
		}
		return true
	})
	return out
}

// flows reports whether every value e may have in fn comes from a go-faker call.
func (fl *flow) flows(fn *ast.FuncDecl, e ast.Expr) bool {
	if e == nil || fl.busy[e] {
		return false
	}
	fl.busy[e] = true
	defer delete(fl.busy, e)
	switch e := e.(type) {
	case *ast.ParenExpr:
		return fl.flows(fn, e.X)
	case *ast.UnaryExpr:
		return fl.flows(fn, e.X)
	case *ast.StarExpr:
		return fl.flows(fn, e.X)
	case *ast.BinaryExpr:
		return fl.flows(fn, e.X) || fl.flows(fn, e.Y)
	case *ast.IndexExpr:
		return fl.flows(fn, e.X)
	case *ast.SliceExpr: // faker.Word()[:0] beside a text by hand: a piece of faker's text is not faker's text
		return false
	case *ast.SelectorExpr:
		return fl.flows(fn, e.X)
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if !fl.flows(fn, elt) {
				return false
			}
		}
		return len(e.Elts) > 0
	case *ast.CallExpr:
		switch f := e.Fun.(type) {
		case *ast.SelectorExpr:
			if x, ok := f.X.(*ast.Ident); ok && fl.faker != "" && x.Name == fl.faker {
				return true
			}
			if fl.flows(fn, f.X) {
				return true // a method of a value made by faker
			}
		case *ast.Ident:
			if g := fl.funcs[f.Name]; g != nil && g.Body != nil {
				return fl.returnsFlow(g)
			}
		}
		for _, arg := range e.Args {
			if fl.flows(fn, arg) {
				return true // strings.ToUpper(faker.Word()), fmt.Sprintf("%s!", faker.Word())
			}
		}
		return false
	case *ast.Ident:
		return fl.identFlows(fn, e)
	}
	return false
}

// returnsFlow reports whether every first result that g returns flows from go-faker.
func (fl *flow) returnsFlow(g *ast.FuncDecl) bool {
	ok, any := true, false
	ast.Inspect(g.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if ret, is := n.(*ast.ReturnStmt); is && len(ret.Results) > 0 {
			any = true
			ok = ok && fl.flows(g, ret.Results[0])
		}
		return true
	})
	return ok && any
}

// identFlows reports whether every value the variable id is given in fn (or, for a
// package-level variable, its value) flows from go-faker; a parameter (n, seed) never
// does, nor a variable declared without a value.
func (fl *flow) identFlows(fn *ast.FuncDecl, id *ast.Ident) bool {
	for _, list := range []*ast.FieldList{fn.Type.Params} {
		for _, field := range list.List {
			for _, name := range field.Names {
				if name.Name == id.Name {
					return false
				}
			}
		}
	}
	ok, given := true, false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if l, is := lhs.(*ast.Ident); is && l.Name == id.Name {
					given = true
					if len(n.Rhs) == len(n.Lhs) {
						ok = ok && fl.flows(fn, n.Rhs[i])
					} else {
						ok = ok && fl.flows(fn, n.Rhs[0])
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if name.Name == id.Name {
					given = true
					ok = ok && i < len(n.Values) && fl.flows(fn, n.Values[i])
				}
			}
		case *ast.RangeStmt:
			if v, is := n.Value.(*ast.Ident); is && v.Name == id.Name {
				given = true
				ok = ok && fl.flows(fn, n.X)
			}
		}
		return true
	})
	if given {
		return ok
	}
	if v, global := fl.vars[id.Name]; global {
		return fl.flows(fn, v)
	}
	return false
}
