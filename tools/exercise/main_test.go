package main

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// tinyProject writes, under a temporary folder, the files a project folder may hold,
// with their modes: what the zip must take and what it must leave out.
func tinyProject(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]os.FileMode{
		// taken
		"go.mod": 0o644, "go.sum": 0o644, "README.md": 0o644, "Makefile": 0o644,
		"main.go": 0o644, "photos.go": 0o644, "fake.go": 0o644, "photos_test.go": 0o644, "sheet_test.go": 0o644,
		"vendor/modules.txt": 0o644, "vendor/example.org/x/x.go": 0o644, "vendor/example.org/x/.gitignore": 0o644,
		"examples/frontend/index.html": 0o644, "examples/serve.sh": 0o755,
		"internal/engine/engine.go": 0o644, "internal/engine/page.html": 0o644, "internal/engine/run.sh": 0o755,
		// left out
		".git/HEAD": 0o644, ".ci/run": 0o755, ".gitignore": 0o644, "tools/exercise/main.go": 0o644,
		"BENCHMARKS.md": 0o644, "photo-server": 0o755, "photoserver.test": 0o755, "cpu.prof": 0o644,
		"old-exercise.zip": 0o644, "notes.txt": 0o644, ".DS_Store": 0o644, "photos.go~": 0o644,
		".photos.go.swp": 0o644, "examples/.DS_Store": 0o644, "examples/frontend/Thumbs.db": 0o644,
		"examples/.idea/workspace.xml": 0o644, "_old.go": 0o644,
		"main_test.go": 0o644, "testdata/fuzz/FuzzX/0a1b": 0o644,
		"internal/engine/engine_test.go": 0o644, "internal/engine/testdata/fuzz/FuzzY/0c1d": 0o644,
		"internal/engine/testdata/page.golden": 0o644, "internal/engine/.DS_Store": 0o644,
		"internal/testkit/testkit.go": 0o644, "internal/testkit/messages.go": 0o644,
	}
	for name, mode := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		content := "x\n"
		switch name {
		case "photos.go":
			content = "package main\n\nvar photos = []Photo{\n\t{Title: \"A\", URL: \"a\", Description: \"d\", Keyword: \"k\"},\n}\n"
		case "fake.go":
			content = "package main\n\nfunc fakePhoto() Photo {\n\treturn Photo{\n\t\tTitle:       \"t\",\n\t\tDescription: \"d\",\n\t}\n}\n"
		case "README.md":
			content = tinyReadme
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil { // whatever the umask
			t.Fatal(err)
		}
	}
	return root
}

// tinyReadme is the README.md of tinyProject: the students' part, then the
// developers' after the line where the students' README ends.
const tinyReadme = "# Photo server\n\nThe students' part, which mentions " + readmeEnd + " in a sentence.\n\n" +
	readmeEnd + "\n\n# For developers\n"

func TestTheZipTakesWhatStudentsNeedWithItsModesAndLeavesOutTheRest(t *testing.T) {
	root := tinyProject(t)
	when := time.Date(2025, 9, 1, 8, 0, 0, 0, time.UTC)
	if err := os.Chtimes(filepath.Join(root, "README.md"), when, when); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "photo-server-exercise.zip")
	for run1 := range 2 { // the second run must not take the first one's zip
		if err := run([]string{"-root", root, "-o", out}, io.Discard); err != nil {
			t.Fatalf("run %d failed: %v", run1+1, err)
		}
	}
	r, err := zip.OpenReader(out)
	if err != nil {
		t.Fatalf("the output is not a zip: %v", err)
	}
	defer r.Close()
	var names []string
	entries := map[string]*zip.File{}
	for _, f := range r.File {
		names = append(names, f.Name)
		entries[f.Name] = f
	}
	want := []string{
		"photo-server/", "photo-server/Makefile", "photo-server/README.md",
		"photo-server/examples/", "photo-server/examples/frontend/", "photo-server/examples/frontend/index.html", "photo-server/examples/serve.sh",
		"photo-server/fake.go", "photo-server/go.mod", "photo-server/go.sum",
		"photo-server/internal/", "photo-server/internal/engine/", "photo-server/internal/engine/engine.go",
		"photo-server/internal/engine/page.html", "photo-server/internal/engine/run.sh",
		"photo-server/main.go", "photo-server/photos.go", "photo-server/photos_test.go", "photo-server/sheet_test.go",
		"photo-server/vendor/", "photo-server/vendor/example.org/", "photo-server/vendor/example.org/x/",
		"photo-server/vendor/example.org/x/.gitignore", "photo-server/vendor/example.org/x/x.go", "photo-server/vendor/modules.txt",
		"photo-server/images/", // the pair's own pictures: empty, the project has none
	}
	if !slices.Equal(names, want) {
		t.Errorf("the zip holds\n  %s\nwant\n  %s", strings.Join(names, "\n  "), strings.Join(want, "\n  "))
	}
	for _, name := range []string{"examples/serve.sh", "internal/engine/run.sh"} {
		if f := entries["photo-server/"+name]; f == nil || f.Mode().Perm() != 0o755 {
			t.Errorf("%s is not executable in the zip, want mode 0755 as in the project", name)
		}
	}
	if f := entries["photo-server/README.md"]; f == nil || !f.Modified.Equal(when) {
		t.Errorf("README.md is not dated %v in the zip, want the file's own time", when)
	}
	for name, want := range map[string]string{
		"photo-server/photos.go": "package main\n\nvar photos = []Photo{\n\t{Title: \"A\", URL: \"a\"},\n}\n",
		"photo-server/fake.go":   "package main\n\nfunc fakePhoto() Photo {\n\treturn Photo{\n\t\tTitle: \"t\",\n\t}\n}\n",
		"photo-server/README.md": "# Photo server\n\nThe students' part, which mentions " + readmeEnd + " in a sentence.\n\n",
		"photo-server/main.go":   "x\n",
	} {
		f := entries[name]
		if f == nil {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(rc)
		rc.Close()
		if string(got) != want {
			t.Errorf("%s in the zip is\n%s\nwant\n%s", name, got, want)
		}
	}
	if leftovers, _ := filepath.Glob(filepath.Join(root, ".photo-server-exercise.zip.*")); len(leftovers) > 0 {
		t.Errorf("the temporary files %v are left behind, want none", leftovers)
	}
}

func TestWithoutAProjectItSaysWhereToRunIt(t *testing.T) {
	for _, tt := range []struct{ name, remove, want string }{
		{"no go.mod", "go.mod", "no go.mod in"},
		{"no fake.go", "fake.go", "there is no fake.go in"},
		{"no sheet_test.go", "sheet_test.go", "there is no sheet_test.go in"},
		{"no README.md", "README.md", "there is no README.md in"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := tinyProject(t)
			if err := os.Remove(filepath.Join(root, tt.remove)); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "exercise.zip")
			err := run([]string{"-root", root, "-o", out}, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "-root") {
				t.Errorf("run gives %v, want an error saying %q and to give the folder with -root", err, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("run wrote %s anyway, want no zip", out)
			}
		})
	}
}

func TestWithoutTheLineWhereTheStudentsREADMEEndsItWritesNoZip(t *testing.T) {
	root := tinyProject(t)
	readme := "# Photo server\n\nThe students' part, which mentions " + readmeEnd + " in a sentence.\n\n# For developers\n"
	if err := os.WriteFile(filepath.Join(root, "README.md"), []byte(readme), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "photo-server-exercise.zip")
	err := run([]string{"-root", root, "-o", out}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "README.md has no line "+readmeEnd) {
		t.Errorf("run gives %v, want an error saying that README.md has no line %s", err, readmeEnd)
	} else if sentence := strings.ReplaceAll(err.Error(), readmeEnd, "the line"); strings.Contains(sentence, ". ") || strings.Contains(sentence, "\n") {
		t.Errorf("run gives %q, want one sentence", err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("run wrote %s anyway, want no zip", out)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(root, ".photo-server-exercise.zip.*")); len(leftovers) > 0 {
		t.Errorf("the temporary files %v are left behind, want none", leftovers)
	}
}

func TestTheStudentsREADMEIsTheProjectsUpToItsLine(t *testing.T) {
	for _, tt := range []struct{ name, readme, want string }{
		{"the line in the middle", "# A\n\ntext\n" + readmeEnd + "\nafter\n", "# A\n\ntext\n"},
		{"the line last, without a newline", "text\n\n" + readmeEnd, "text\n\n"},
		{"the line first", readmeEnd + "\nafter\n", ""},
		{"Windows line ends", "text\r\n" + readmeEnd + "\r\nafter\r\n", "text\r\n"},
		{"the first of two lines", "a\n" + readmeEnd + "\nb\n" + readmeEnd + "\nc\n", "a\n"},
		{"mentioned in a sentence first", "see " + readmeEnd + "\n" + readmeEnd + "\nafter\n", "see " + readmeEnd + "\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := studentsReadme("README.md", []byte(tt.readme))
			if err != nil || string(got) != tt.want {
				t.Errorf("studentsReadme(%q) = %q, %v; want %q", tt.readme, got, err, tt.want)
			}
		})
	}
}
