package main

import (
	"bytes"
	"errors"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/message"
)

// The grader builds only the pair's photos.go and fake.go, but the pair's server runs
// with go run . in their folder, which compiles every .go file of it: a backup that
// declares the photos again (photos (copie).go), a file of another package or one that
// does not parse keeps the server from starting there. strayFile finds such a file, so
// that the row says it beside a grade that the pair's own folder would not give.

// maxOtherFiles bounds how many other .go files of a folder are read.
const maxOtherFiles = 50

// strayFile returns, in one sentence, the first .go file of dir besides photos.go and
// fake.go (files, already read) that makes go run . fail there, or "". Test files, files
// that go build leaves aside (build constraints, names that start with _ or .) and
// files too big to be a student's are not looked at; only regular files are read.
func strayFile(p *message.Printer, dir string, files map[string][]byte) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	declared := map[string]string{} // a package-level name -> the file that declares it
	for _, name := range pairsFiles {
		f, err := parser.ParseFile(token.NewFileSet(), name, files[name], parser.SkipObjectResolution)
		if err != nil {
			return "" // the compiler says it, on the row
		}
		for _, n := range declaredNames(f) {
			declared[n] = name
		}
	}
	var others []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || slices.Contains(pairsFiles, name) ||
			strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".") || e.IsDir() {
			continue
		}
		others = append(others, name)
	}
	sort.Slice(others, func(i, j int) bool { // main.go first: the exercise's own file
		if (others[i] == "main.go") != (others[j] == "main.go") {
			return others[i] == "main.go"
		}
		return others[i] < others[j]
	})
	if len(others) > maxOtherFiles {
		others = others[:maxOtherFiles]
	}
	for _, name := range others {
		content, err := readRegular(filepath.Join(dir, name), maxFileSize)
		switch {
		case errors.Is(err, errNotRegular): // go build would open it, and wait on a pipe
			return p.Sprintf("%s is not an ordinary file (a link, a pipe or a device), so the server does not start in this folder: remove that file", name)
		case err != nil:
			continue
		}
		ctx := build.Default
		ctx.OpenFile = func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(content)), nil }
		if ok, err := ctx.MatchFile(dir, name); err == nil && !ok {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, content, parser.SkipObjectResolution)
		var list scanner.ErrorList
		switch {
		case errors.As(err, &list) && len(list) > 0:
			return p.Sprintf("%s does not compile (line %s), so the server does not start in this folder: correct that file or move it out of the folder", name, strconv.Itoa(list[0].Pos.Line))
		case err != nil:
			return p.Sprintf("%s does not compile, so the server does not start in this folder: correct that file or move it out of the folder", name)
		case f.Name.Name != "main":
			return p.Sprintf("%s is of package %s, not main, so the server does not start in this folder: move that file out of the folder", name, f.Name.Name)
		}
		for _, n := range declaredNames(f) {
			if first, ok := declared[n]; ok {
				return p.Sprintf("%s declares %s again, as %s does, so the server does not start in this folder: move that file out of the folder", name, n, first)
			}
			declared[n] = name
		}
	}
	return ""
}

// declaredNames are the package-level names that f declares: its functions (but init
// and methods), types, variables and constants, but _.
func declaredNames(f *ast.File) []string {
	var names []string
	add := func(id *ast.Ident) {
		if id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name != "init" {
				add(d.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					add(s.Name)
				case *ast.ValueSpec:
					for _, id := range s.Names {
						add(id)
					}
				}
			}
		}
	}
	return names
}
