package main

import (
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/message"
)

// A pair's code runs in the teacher's tests, in one process with them: code that could
// reach the files or the process (os, syscall, unsafe, reflect, runtime, testing...)
// could write the grades itself, or harm the teacher's computer. So the grader builds
// only a photos.go and a fake.go whose imports are among exerciseImports, which is all
// the exercise needs: with them, what the pair's code can do is make photos (the main.go
// it is built with starts nothing: gradingMain). Any other import leaves the row
// ungraded, with that import named, for the teacher to look; no point is counted for it.

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
// among exerciseImports, or "" when there is none. A file that does not parse is left
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
			return p.Sprintf("not graded: %s imports %s, which the exercise does not use and which could reach the grades: look at it by hand", name, path)
		}
	}
	return ""
}
