package testkit

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"photoserver/internal/lang"
)

// FrenchIsComplete is the test that every message has its French, which each package
// that writes messages runs on its own folders: every message written in dirs (see
// MessageKeys) has a French that is not empty, in french (the package's messages_fr.go)
// or in lang's catalog, with the same verbs as the English (see Verbs); a message that
// counts something (lang.IsCounted) has its forms in lang's catalog instead. And french
// translates nothing that the code of dirs no longer writes; who names that code in the
// failure ("the grader"). It returns what MessageKeys found, for checks of a package's own.
func FrenchIsComplete(t testing.TB, french map[string]string, who string, dirs ...string) map[string]string {
	t.Helper()
	keys := MessageKeys(t, dirs...)
	var missing []string
	for key, where := range keys {
		fr, ok := french[key]
		if !ok {
			fr, ok = lang.FrenchOf(key)
		}
		switch {
		case lang.IsCounted(key):
		case !ok:
			missing = append(missing, fmt.Sprintf("\t%q: %q, // %s", key, "", where))
		case fr == "":
			t.Errorf("%s: the French of %q is empty", where, key)
		case Verbs(key) != Verbs(fr):
			t.Errorf("%s: %q and its French %q do not have the same %%s, %%d... in the same order", where, key, fr)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		t.Errorf("%d messages have no French: add them to messages_fr.go:\n%s", len(missing), strings.Join(missing, "\n"))
	}
	var unused []string
	for key := range french {
		if _, used := keys[key]; !used {
			unused = append(unused, key)
		}
	}
	slices.Sort(unused)
	for _, key := range unused {
		t.Errorf("messages_fr.go translates %q, which %s no longer writes: remove it (or move it to the package that writes it)", key, who)
	}
	return keys
}

// MessageKeys finds every message written in the .go files of dirs (tests excluded):
// the format given to a printer's Sprintf, Fprintf, Printf... (a printer is a p, or a
// field .p), as a literal or a constant. These are the keys of the French catalog; each
// maps to where it is written.
func MessageKeys(t testing.TB, dirs ...string) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	var files []string
	for _, dir := range dirs {
		found, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			if !strings.HasSuffix(f, "_test.go") {
				files = append(files, f)
			}
		}
	}
	consts := map[string]string{}
	var parsed []*ast.File
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
		for _, decl := range f.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.CONST {
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, id := range vs.Names {
						if i < len(vs.Values) {
							if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
								consts[id.Name], _ = strconv.Unquote(lit.Value)
							}
						}
					}
				}
			}
		}
	}
	keys := map[string]string{} // key -> where
	for _, f := range parsed {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			formatArg := 0
			switch sel.Sel.Name {
			case "Sprintf", "Printf":
			case "Fprintf":
				formatArg = 1
			default:
				return true
			}
			isPrinter := false
			switch x := sel.X.(type) {
			case *ast.Ident:
				isPrinter = x.Name == "p"
			case *ast.SelectorExpr:
				isPrinter = x.Sel.Name == "p" || x.Sel.Name == "P"
			}
			if !isPrinter || len(call.Args) <= formatArg {
				return true
			}
			var key string
			switch a := call.Args[formatArg].(type) {
			case *ast.BasicLit:
				key, _ = strconv.Unquote(a.Value)
			case *ast.Ident:
				key = consts[a.Name]
			}
			if key == "" {
				t.Errorf("%s: a message must be a literal or a constant, for the catalog", fset.Position(call.Pos()))
				return true
			}
			keys[key] = fset.Position(call.Pos()).String()
			return true
		})
	}
	return keys
}

var verbRe = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?([a-zA-Z%])`)

// Verbs are the formatting verbs of a message by the argument they print: "1s 2d". A
// translation may take the arguments in another order (%[2]s), print one twice, and
// write « %s » where English writes %q.
func Verbs(s string) string {
	s = strings.ReplaceAll(s, "« %", "%")
	var out []string
	next := 1
	for _, m := range verbRe.FindAllStringSubmatch(s, -1) {
		verb := m[4]
		if verb == "%" {
			continue
		}
		if verb == "q" {
			verb = "s"
		}
		arg := next
		if m[2] != "" {
			arg, _ = strconv.Atoi(m[2])
		}
		next = arg + 1
		out = append(out, strconv.Itoa(arg)+verb)
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), " ")
}
