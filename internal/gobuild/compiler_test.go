//go:build integration

package gobuild

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"photoserver/internal/testkit"
)

var update = flag.Bool("update", false, "record the compiler's outputs in testdata/")

// copyModule copies to dir what a student's folder needs to build offline: go.mod,
// go.sum and vendor/ of this project.
// builtAs is what the go command is given to build, for the cases that are not about
// the files but about the command typed: "." for the others.
var builtAs = map[string][]string{
	"go-run-main-go": {"main.go"}, // go run main.go compiles the same as go build main.go
}

func copyModule(t *testing.T, dir string) {
	t.Helper()
	root := filepath.Join("..", "..")
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	testkit.CopyDir(t, filepath.Join(dir, "vendor"), filepath.Join(root, "vendor"))
}

// errorLines are the lines of a go command's output but its headers (# package).
func errorLines(output string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(output, "\n"), "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, strings.TrimRight(l, "\r\n"))
		}
	}
	return strings.Join(lines, "\n")
}

func TestTheRealCompilersOutputIsExplained(t *testing.T) {
	module := t.TempDir()
	copyModule(t, module)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(module, "c"+string(rune('a'+i/26))+string(rune('a'+i%26)))
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			writeCase(t, dir, c)
			build := builtAs[c.name]
			if build == nil {
				build = []string{"."}
			}
			cmd := exec.Command("go", append([]string{"build", "-o", os.DevNull}, build...)...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=vendor", "GOPROXY=off", "GOTOOLCHAIN=local")
			out, err := cmd.CombinedOutput()
			if err == nil {
				t.Fatalf("%s compiles: the case does not break it", c.name)
			}
			live := strings.ReplaceAll(string(out), dir, "$DIR")
			if *update {
				if err := os.WriteFile(filepath.Join("testdata", c.name+".txt"), []byte(live), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if got, want := errorLines(live), errorLines(recorded(t, c)); got != want {
				t.Errorf("the compiler now says\n%s\nand testdata/%s.txt recorded\n%s\n(go test -tags integration -run TestTheRealCompiler -update records it again)", got, c.name, want)
			}
			for l, lang := range testkit.Languages {
				file, line, sentence := Explain(lang.P, dir, string(out))
				if file != c.wantFile || line != c.wantLine || !strings.HasPrefix(sentence, c.wantWords[l]) {
					t.Errorf("%s: Explain said %s, line %d: %q\nwant %s, line %d: %q\nfrom:\n%s", lang.Name, file, line, sentence, c.wantFile, c.wantLine, c.wantWords[l], out)
				}
			}
		})
	}
}
