package server

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/gocode"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
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

// sayAll is each warning of ws in p's language.
func sayAll[W lang.Sayer](p *message.Printer, ws []W) []string {
	var said []string
	for _, w := range ws {
		said = append(said, w.Say(p))
	}
	return said
}

// said1 is a warning already said, for the tests of sayNew: a value compared as it is.
type said1 string

func (s said1) Say(*message.Printer) string { return string(s) }

// sentences are the warnings ws.
func sentences(ws ...string) []lang.Sayer {
	var said []lang.Sayer
	for _, w := range ws {
		said = append(said, said1(w))
	}
	return said
}

func TestAWarningIsSaidWhenItAppearsNotAgainAtEachSave(t *testing.T) {
	var said []string
	s := &follower{p: lang.English, say: func(line string) { said = append(said, line) },
		said: readiness{notes: []string{"photos.json already exists"}, warnings: sentences("photos.go:21: chat.jpg is not in images/")}}
	for i, warnings := range [][]lang.Sayer{
		sentences("photos.go:21: chat.jpg is not in images/"),                                           // a save that changes nothing of it
		sentences("photos.go:21: chat.jpg is not in images/", "photos.go:22: the keyword says nothing"), // a new one
		sentences("photos.go:22: the keyword says nothing"),                                             // one fixed
		sentences("photos.go:21: chat.jpg is not in images/", "photos.go:22: the keyword says nothing"), // and back
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
	// A photo added above: the same warnings, their lines and numbers moved; and one
	// more photo with the same title and the same empty keyword: a warning of its own.
	chat := photo.Warning{Kind: photo.PictureMissing, File: "photos.go", Line: 22, Photo: 2, Title: "Chat", Role: photo.URL, Text: "chat.jpg", Key: "chat.jpg", Names: "chien.jpg"}
	chien := photo.Warning{Kind: photo.EmptyField, File: "photos.go", Line: 23, Photo: 3, Title: "Chien", Role: photo.Keyword, Field: "keyword"}
	moved := func(w photo.Warning, by int) photo.Warning { w.Line += by; w.Photo += by; return w }
	said = nil
	s.sayNew(readiness{warnings: []lang.Sayer{chat, chien}})
	s.sayNew(readiness{warnings: []lang.Sayer{moved(chat, 1), moved(chien, 1), moved(chien, 2)}})
	if want := []string{"warning: " + chat.Say(lang.English), "warning: " + chien.Say(lang.English),
		"warning: " + moved(chien, 2).Say(lang.English),
		"warning: said before and still there: " + moved(chat, 1).Say(lang.English) + " (2 in all)"}; !slices.Equal(said, want) {
		t.Errorf("after a photo added above, said %q, want only the new one: %q", said, want)
	}
	said = nil // a long list: the new ones as at the start, five then a count; then the recall; then none
	var long []lang.Sayer
	for i := range 7 {
		long = append(long, said1("photos.go:"+strconv.Itoa(13+i)+": photo "+strconv.Itoa(1+i)+" says nothing"))
	}
	s.sayNew(readiness{})
	s.sayNew(readiness{warnings: long})
	s.sayNew(readiness{warnings: long})
	s.sayNew(readiness{}) // all fixed
	want = []string{"no warning any more"}
	for _, w := range long[:5] {
		want = append(want, "warning: "+w.Say(lang.English))
	}
	want = append(want, "warning: and 2 more warnings like these: fix the ones above first",
		"warning: said before and still there: photos.go:13: photo 1 says nothing (7 in all)", "no warning any more")
	if !slices.Equal(said, want) {
		t.Errorf("with a long list, then none, said %q, want %q", said, want)
	}
	said = nil
	s.sayNew(readiness{warnings: sentences("photos.json is saved as Windows-1252", "photos.json line 3: photo 1 says nothing")})
	s.sayNew(readiness{warnings: sentences("photos.json is saved as Windows-1252")})
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
		if got := gocode.ModulePath([]byte(c.mod)); got != c.want {
			t.Errorf("gocode.ModulePath(%q) = %q, want %q", c.mod, got, c.want)
		}
	}
	// The project's own go.mod names the module this test is built from: what
	// followable compares.
	mod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	info, ok := debug.ReadBuildInfo()
	if ok && info.Main.Path == "" { // a test binary of Go before 1.24 records no main module (go run's binary does)
		if gocode.ModulePath(mod) != "photoserver" {
			t.Errorf("go.mod's module is %q, want photoserver", gocode.ModulePath(mod))
		}
		return
	}
	if !ok || gocode.ModulePath(mod) != info.Main.Path || info.Main.Path != "photoserver" {
		t.Errorf("go.mod's module is %q, the build's main module %q; want both photoserver", gocode.ModulePath(mod), info.Main.Path)
	}
}

// checked are the warnings of the photos of list, as the server finds them after a save,
// the first photo written at line first of photos.go, one a line.
func checked(list []testkit.Photo, first int) []lang.Sayer {
	records := testkit.Records(list)
	check := testkit.Schema().NewChecker(nil)
	var warnings []photo.Warning
	for i := range records {
		warnings = append(warnings, check.Photo(i, &records[i], photo.Place{File: "photos.go", Line: first + i})...)
	}
	return appendSayers(nil, append(warnings, check.Done()...))
}

func TestTheSaidOnceRuleComparesWarningsAsValues(t *testing.T) {
	var said []string
	s := &follower{p: lang.English, say: func(line string) { said = append(said, line) }}
	good := testkit.Photo{Title: "Morse", URL: "https://e.org/1", Description: "Un morse sur la glace.", Keyword: "morse"}
	chat := testkit.Photo{Title: "Chat", URL: "https://e.org/2", Keyword: "chat"} // no description
	chat2 := chat
	chat2.URL = "https://e.org/3"

	s.sayNew(readiness{warnings: checked([]testkit.Photo{good, chat, chat2}, 20)})
	want := []string{
		`warning: photos.go:21: photo 2 ("Chat") has no description: add Description: then, between quotes, what the picture shows, in a sentence of your own`,
		`warning: photos.go:22: photo 3 ("Chat") has no description: add Description: then, between quotes, what the picture shows, in a sentence of your own`,
	}
	if !slices.Equal(said, want) {
		t.Errorf("two photos with the same title, each with no description: said\n%q\nwant both\n%q", said, want)
	}

	said = nil // a save that only moves a photo (the good one, to the end): nothing new
	s.sayNew(readiness{warnings: checked([]testkit.Photo{chat, chat2, good}, 20)})
	want = []string{`warning: said before and still there: photos.go:20: photo 1 ("Chat") has no description: add Description: then, between quotes, what the picture shows, in a sentence of your own (2 in all)`}
	if !slices.Equal(said, want) {
		t.Errorf("a save that only moves a photo: said\n%q\nwant nothing new\n%q", said, want)
	}

	// A save that adds one more photo with no description, above: one warning is new.
	// Three warnings alike but for their line and number: those found as they were are
	// the ones said before, the third is said as new.
	said = nil
	chat3 := chat
	chat3.URL = "https://e.org/4"
	s.sayNew(readiness{warnings: checked([]testkit.Photo{chat3, chat, chat2, good}, 20)})
	if len(said) != 2 || !strings.HasPrefix(said[0], `warning: photos.go:`) || !strings.Contains(said[0], `("Chat") has no description`) ||
		!strings.HasPrefix(said[1], "warning: said before and still there: ") || !strings.HasSuffix(said[1], "(2 in all)") {
		t.Errorf("a save that adds one more photo with no description: said\n%q\nwant one new warning, then the recall of the 2 said before", said)
	}
}

// listed is a warning that holds a slice: its type cannot be a map key.
type listed struct{ names []string }

func (l listed) Say(p *message.Printer) string { return p.Sprintf("%s", strings.Join(l.names, ", ")) }

func TestAWarningThatCannotBeAMapKeyIsSaidOnceToo(t *testing.T) {
	var said []string
	s := &follower{p: lang.English, say: func(line string) { said = append(said, line) }}
	s.sayNew(readiness{warnings: []lang.Sayer{listed{[]string{"a", "b"}}}})
	s.sayNew(readiness{warnings: []lang.Sayer{listed{[]string{"a", "b"}}}}) // the same again: no panic, not new
	if len(said) != 2 || !strings.HasPrefix(said[0], "warning: a, b") || !strings.Contains(said[1], "said before") {
		t.Errorf("a warning holding a slice, said twice: said %q, want it once, then as said before", said)
	}
}
