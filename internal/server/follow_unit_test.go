package server

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"testing"
	"time"

	"photoserver/internal/lang"
)

func TestSourcesAreTheFilesGoBuildReads(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"photos.go", "fake.go", "photos_test.go", ".#photos.go", "_old.go", "notes.txt",
		"internal/server/run.go", "vendor/x/x.go", "tools/grade/grade.go", ".git/x.go", "images/x.go"} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("package main\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := scanSources(dir)
	got := before.changedSince(sources{}, dir)
	if want := []string{"fake.go", "photos.go"}; !slices.Equal(got, want) { // the students' package, not the engine
		t.Errorf("the sources looked at are %q, want %q", got, want)
	}
	later := time.Now().Add(time.Second)
	if err := os.Chtimes(filepath.Join(dir, "photos.go"), later, later); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "fake.go"))
	if err := os.WriteFile(filepath.Join(dir, "more.go"), []byte("package main\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, ".#fake.go"), []byte("x"), 0o644) // an editor's lock: no change
	if got, want := scanSources(dir).changedSince(before, dir), []string{"fake.go", "more.go", "photos.go"}; !slices.Equal(got, want) {
		t.Errorf("after a save, a removal and a new file, the changes are %q, want %q", got, want)
	}
}

func TestTheFilesSavedAreNamedInASentence(t *testing.T) {
	for _, c := range []struct {
		names    []string
		en, fr   string
		photos   int
		frPhotos string
	}{
		{[]string{"photos.go"}, "photos.go", "photos.go", 1, "1 photo servie"},
		{[]string{"fake.go", "photos.go"}, "fake.go and photos.go", "fake.go et photos.go", 15, "15 photos servies"},
		{[]string{"a.go", "b.go", "c.go"}, "a.go, b.go and c.go", "a.go, b.go et c.go", 0, "0 photo servie"},
	} {
		if got := joinNames(lang.English, c.names); got != c.en {
			t.Errorf("joinNames(%q) = %q, want %q", c.names, got, c.en)
		}
		if got := joinNames(lang.French, c.names); got != c.fr {
			t.Errorf("in French, joinNames(%q) = %q, want %q", c.names, got, c.fr)
		}
		if got := lang.French.Sprintf("%d photos served", c.photos); got != c.frPhotos {
			t.Errorf("in French, %d photos served is %q, want %q", c.photos, got, c.frPhotos)
		}
	}
}

func TestAWarningIsSaidWhenItAppearsNotAgainAtEachSave(t *testing.T) {
	var said []string
	s := &follower{p: lang.English, say: func(line string) { said = append(said, line) },
		said: readiness{notes: []string{"photos.json already exists"}, warnings: []string{"photos.go:21: chat.jpg is not in images/"}}}
	for i, warnings := range [][]string{
		{"photos.go:21: chat.jpg is not in images/"},                                           // a save that changes nothing of it
		{"photos.go:21: chat.jpg is not in images/", "photos.go:22: the keyword says nothing"}, // a new one
		{"photos.go:22: the keyword says nothing"},                                             // one fixed
		{"photos.go:21: chat.jpg is not in images/", "photos.go:22: the keyword says nothing"}, // and back
	} {
		notes := []string{"photos.json already exists"}
		if i >= 1 { // a new note, from the second save on: said once
			notes = append(notes, "a new note")
		}
		s.sayNew(readiness{notes: notes, warnings: warnings})
	}
	want := []string{"warning: said before and still there: photos.go:21: chat.jpg is not in images/ (1 in all)",
		"a new note", "warning: photos.go:22: the keyword says nothing", "warning: said before and still there: photos.go:21: chat.jpg is not in images/ (1 in all)",
		"warning: said before and still there: photos.go:22: the keyword says nothing (1 in all)",
		"warning: photos.go:21: chat.jpg is not in images/", "warning: said before and still there: photos.go:22: the keyword says nothing (1 in all)"}
	if !slices.Equal(said, want) {
		t.Errorf("said %q, want each warning and each note once as it appears: %q", said, want)
	}
	said = nil // a photo added above: the same warnings, their lines and numbers moved
	s.sayNew(readiness{warnings: []string{`photos.go:22: photo 3 ("Chat") has chat.jpg, not in images/`, `photos.go:23: photo 4 ("Chien") says nothing`}})
	s.sayNew(readiness{warnings: []string{`photos.go:23: photo 4 ("Chat") has chat.jpg, not in images/`, `photos.go:24: photo 5 ("Chien") says nothing`, `photos.go:25: photo 6 ("Chien") says nothing`}})
	if want := []string{`warning: photos.go:22: photo 3 ("Chat") has chat.jpg, not in images/`, `warning: photos.go:23: photo 4 ("Chien") says nothing`,
		`warning: photos.go:25: photo 6 ("Chien") says nothing`,
		`warning: said before and still there: photos.go:23: photo 4 ("Chat") has chat.jpg, not in images/ (2 in all)`}; !slices.Equal(said, want) {
		t.Errorf("after a photo added above, said %q, want only the new one: %q", said, want)
	}
	said = nil // a long list: the new ones as at the start, five then a count; then the recall; then none
	var long []string
	for i := range 7 {
		long = append(long, "photos.go:"+strconv.Itoa(13+i)+": photo "+strconv.Itoa(1+i)+" says nothing")
	}
	s.sayNew(readiness{})
	s.sayNew(readiness{warnings: long})
	s.sayNew(readiness{warnings: long})
	s.sayNew(readiness{}) // all fixed
	want = []string{"no warning any more"}
	for _, w := range long[:5] {
		want = append(want, "warning: "+w)
	}
	want = append(want, "warning: and 2 more warnings like these: fix the ones above first",
		"warning: said before and still there: photos.go:13: photo 1 says nothing (7 in all)", "no warning any more")
	if !slices.Equal(said, want) {
		t.Errorf("with a long list, then none, said %q, want %q", said, want)
	}
	said = nil
	s.sayNew(readiness{warnings: []string{"photos.json is saved as Windows-1252", "photos.json line 3: photo 1 says nothing"}})
	s.sayNew(readiness{warnings: []string{"photos.json is saved as Windows-1252"}})
	if want := []string{"warning: photos.json is saved as Windows-1252", "warning: photos.json line 3: photo 1 says nothing",
		"warning: said before and still there: photos.json is saved as Windows-1252 (1 in all)"}; !slices.Equal(said, want) {
		t.Errorf("with the data file's own warning left, said %q, want %q", said, want)
	}
}

func TestTheModulePathIsReadFromGoModsModuleDirective(t *testing.T) {
	for _, c := range []struct{ mod, want string }{
		{"module photoserver\n\ngo 1.22.0\n", "photoserver"},
		{"// The photo server.\nmodule photoserver // the class project\n", "photoserver"},
		{"module \"photoserver\"\n", "photoserver"},
		{"module `photoserver`\r\n", "photoserver"},
		{"  module   photoserver  \n", "photoserver"},
		{"module photoserver-old\n", "photoserver-old"},
		{"// module photoserver\nmodule other\n", "other"},
		{"modules photoserver\n", ""},
		{"module\n", ""},
		{"module \"photoserver\n", ""},
		{"go 1.22.0\n", ""},
		{"", ""},
	} {
		if got := modulePath([]byte(c.mod)); got != c.want {
			t.Errorf("modulePath(%q) = %q, want %q", c.mod, got, c.want)
		}
	}
	// The project's own go.mod names the module this test is built from: what
	// followable compares.
	mod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	info, ok := debug.ReadBuildInfo()
	if !ok || modulePath(mod) != info.Main.Path || info.Main.Path != "photoserver" {
		t.Errorf("go.mod's module is %q, the build's main module %q; want both photoserver", modulePath(mod), info.Main.Path)
	}
}
