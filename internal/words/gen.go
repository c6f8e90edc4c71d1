//go:build ignore

// gen.go writes the word lists of package words: go generate ./internal/words, on a
// Debian machine with `apt-get install wfrench wamerican wbritish`.
//
//   - known.txt.gz: the words of French (wfrench, /usr/share/dict/french) and of
//     English (SCOWL's wamerican and wbritish), folded as lang.Fold folds (small
//     letters, no accents, ligatures written out), of three letters or more and made
//     of the letters a to z only, without the possessive 's, sorted, one a line;
//   - faker.txt: go-faker's own words (its lorem ipsum and the names of person.go),
//     read from the vendored copy, folded the same way, sorted, one a line.
//
// Words of one or two letters are not taken from the lists, whose two-letter entries
// are mostly abbreviations (ad, cd, ab...): the short words are in words.go.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"photoserver/internal/lang"
)

func main() {
	known := map[string]bool{}
	for _, path := range []string{"/usr/share/dict/french", "/usr/share/dict/american-english", "/usr/share/dict/british-english"} {
		f, err := os.Open(path)
		if err != nil {
			log.Fatalf("%v: install wfrench, wamerican and wbritish", err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if w := fold(strings.TrimSuffix(strings.TrimSpace(sc.Text()), "'s")); len(w) >= 3 {
				known[w] = true
			}
		}
		f.Close()
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	for _, w := range sorted(known) {
		zw.Write([]byte(w + "\n"))
	}
	zw.Close()
	write("known.txt.gz", buf.Bytes())

	fakers := map[string]bool{}
	vendor := "../../vendor/github.com/go-faker/faker/v4/"
	for file, vars := range map[string][]string{
		"lorem.go":  {"wordList"},
		"person.go": {"titlesMale", "titlesFemale", "firstNamesMale", "firstNamesFemale", "lastNames"},
	} {
		f, err := parser.ParseFile(token.NewFileSet(), vendor+file, nil, 0)
		if err != nil {
			log.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			spec, ok := n.(*ast.ValueSpec)
			if !ok || len(spec.Values) != 1 || !slices.Contains(vars, spec.Names[0].Name) {
				return true
			}
			ast.Inspect(spec.Values[0], func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, _ := strconv.Unquote(lit.Value)
					for _, w := range strings.FieldsFunc(lang.Fold(s), func(r rune) bool { return r < 'a' || r > 'z' }) {
						fakers[w] = true
					}
				}
				return true
			})
			return false
		})
	}
	write("faker.txt", []byte(strings.Join(sorted(fakers), "\n")+"\n"))
}

// fold is w as the lists hold it, or "" when it is not made of the letters a to z.
func fold(w string) string {
	w = lang.Fold(w)
	if w == "" || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return ""
	}
	return w
}

func sorted(set map[string]bool) []string {
	list := make([]string, 0, len(set))
	for w := range set {
		list = append(list, w)
	}
	slices.Sort(list)
	return list
}

func write(name string, b []byte) {
	if err := os.WriteFile(name, b, 0o644); err != nil {
		log.Fatal(err)
	}
}
