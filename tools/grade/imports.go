package main

import (
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/message"
)

// A pair's code runs in a program of its own (gocode), never in the grader: whatever it
// imports, it can change only what it prints. An import that the exercise does not need
// (os, net, syscall, unsafe...) is still worth the teacher's look, so it is noted beside
// the grade.

// exerciseImports are the packages a pair's photos.go and fake.go may import: go-faker
// (and its own packages) and standard packages that only compute.
var exerciseImports = []string{
	"fmt", "strconv", "strings", "unicode", "unicode/utf8", "unicode/utf16", "math", "math/rand", "math/rand/v2",
	"math/bits", "time", "sort", "slices", "maps", "errors", "bytes", "regexp", "path", "encoding/json",
	"encoding/base64", "encoding/hex", "net/url", "hash/fnv", "hash/crc32", "html",
}

// fakerModule is go-faker's module: it and its packages may be imported.
const fakerModule = "github.com/go-faker/faker/v4"

// outsideExercise returns, in one sentence, the first import of files that is not
// among exerciseImports, or "" when there is none; it is a note, not a grade. A file that does not parse is left
// to the compiler, which says it better.
func outsideExercise(p *message.Printer, files map[string][]byte) string {
	for _, name := range pairsFiles {
		f, err := parser.ParseFile(token.NewFileSet(), name, files[name], parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil || slices.Contains(exerciseImports, path) || path == fakerModule || strings.HasPrefix(path, fakerModule+"/") {
				continue
			}
			return p.Sprintf("%s imports %s, which the exercise does not use: look at what it does with it", name, path)
		}
	}
	return ""
}
