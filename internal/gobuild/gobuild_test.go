package gobuild

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"testing"

	"photoserver/internal/testkit"
)

func TestEveryMessageIsInBothLanguages(t *testing.T) {
	testkit.FrenchIsComplete(t, french, "gobuild", ".")
}

func TestTheFakerFunctionsAreGoFakersOwn(t *testing.T) {
	files, err := filepath.Glob("../../vendor/github.com/go-faker/faker/v4/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("go-faker is not in vendor/: %v", err)
	}
	var found []string
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !fn.Name.IsExported() || fn.Type.Results == nil || len(fn.Type.Results.List) != 1 {
				continue
			}
			if id, ok := fn.Type.Results.List[0].Type.(*ast.Ident); ok && id.Name == "string" {
				found = append(found, fn.Name.Name)
			}
		}
	}
	slices.Sort(found)
	if !slices.Equal(found, fakerFuncs) {
		t.Errorf("go-faker's functions that make a text are\n%q\nand fakerFuncs holds\n%q", found, fakerFuncs)
	}
}

func TestANameDeclaredTwiceInOneFileIsNotTakenForACopy(t *testing.T) {
	output := "# photoserver\n./fake.go:12:6: title redeclared in this block\n\t./fake.go:11:6: other declaration of title\n"
	file, line, sentence := Explain(testkit.Languages[0].P, "", output)
	if file != "fake.go" || line != 12 || sentence != "title redeclared in this block" {
		t.Errorf("got %s, %d, %q; want fake.go, 12 and the compiler's words", file, line, sentence)
	}
}
