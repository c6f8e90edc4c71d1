package datafile

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/catalog"
	"photoserver/internal/testkit"
)

// fileWithTitles is a data file of photos with these titles, as the server writes one.
func fileWithTitles(titles ...string) string {
	list := make([]Photo, len(titles))
	for i, title := range titles {
		list[i] = Photo{Title: title, URL: "https://e.org/" + title, Description: "Le paysage " + title, Keyword: "paysage"}
	}
	c, _ := newCatalog(list)
	return string(Body(c))
}

// followed is a data file followed as the server follows it, looked at only when the
// test says (poll), with what it said.
type followed struct {
	t    *testing.T
	path string
	d    *File
	st   *catalog.Store
	out  *syncBuffer
	said int // how much of out the test has read
}

func follow(t *testing.T, content string) *followed {
	t.Helper()
	f := &followed{t: t, path: filepath.Join(t.TempDir(), "photos.json"), st: &catalog.Store{}, out: &syncBuffer{}}
	saveInPlace(t, f.path, content)
	f.d = &File{Path: f.path, Name: "photos.json", P: en, Schema: testkit.Schema(), Store: f.st, Say: func(s string) {
		fmt.Fprintf(f.out, "%s %s\n", time.Now().Format(time.TimeOnly), s) // as the request log says it
	}}
	if _, _, err := f.d.Load(testkit.Context(t)); err != nil {
		t.Fatal(err)
	}
	return f
}

// poll looks at the file n times and returns what was said meanwhile, without times.
func (f *followed) poll(n int) string {
	f.t.Helper()
	for range n {
		f.d.Poll(context.Background(), time.Now())
	}
	all := f.out.String()
	news := all[f.said:]
	f.said = len(all)
	var lines []string
	for _, line := range strings.Split(strings.TrimSuffix(news, "\n"), "\n") {
		_, text, _ := strings.Cut(strings.TrimSuffix(line, "\n"), " ") // the time
		lines = append(lines, text)
	}
	return strings.Join(lines, "\n")
}

func (f *followed) titles() string {
	var titles []string
	for _, p := range f.st.Current().Photos() {
		titles = append(titles, p.Title)
	}
	return strings.Join(titles, " ")
}

func TestEachStateOfTheFileIsSaidOnceWhenItComes(t *testing.T) {
	good := fileWithTitles("un", "deux")
	broken := strings.Replace(fileWithTitles("un", "deux", "trois"), `"title": "deux",`, `"title": "deux"`, 1)
	// The mistake is said at the line after the title (a field a student adds to Photo
	// may add lines before it).
	mistake := fmt.Sprintf("photos.json line %d, column 5: a comma is missing after the previous field, or a } to close the photo; the last good photos are still served",
		strings.Count(broken[:strings.Index(broken, `"title": "deux"`)], "\n")+2)
	f := follow(t, good)
	steps := []struct {
		name  string
		do    func()
		polls int
		says  string // "" when nothing is said
	}{
		{"a broken save, seen once", func() { saveInPlace(t, f.path, broken) }, 1, ""},
		{"the same broken content, seen twice: said", nil, 1, mistake},
		{"still broken: not said again", nil, 5, ""},
		{"good again, with the photos already served", func() { saveInPlace(t, f.path, good) }, 1, "reloaded: 2 photos from photos.json"},
		{"the same mistake saved again", func() { saveInPlace(t, f.path, broken) }, 2, mistake},
		{"emptied", func() { saveInPlace(t, f.path, "") }, 2, "photos.json is empty: it should hold a list of photos, [ ... ]; the last good photos are still served"},
		{"deleted", func() { _ = os.Remove(f.path) }, 2, "photos.json does not exist (any more): save it again, or start the server with another file; the last good photos are still served"},
		{"a folder in its place", func() { _ = os.Mkdir(f.path, 0o755) }, 2, "photos.json is a folder, not a file: give the name of a JSON file, such as photos.json; the last good photos are still served"},
		{"a good save", func() { _ = os.Remove(f.path); saveByRename(t, f.path, fileWithTitles("un", "deux", "trois")) }, 1, "reloaded: 3 photos from photos.json"},
		{"nothing changed", nil, 3, ""},
	}
	for _, step := range steps {
		if step.do != nil {
			step.do()
		}
		if got := f.poll(step.polls); got != step.says {
			t.Errorf("%s: said\n%q\nwant\n%q", step.name, got, step.says)
		}
	}
	if got := f.titles(); got != "un deux trois" {
		t.Errorf("serves %s, want un deux trois", got)
	}
}

func TestAFileThatCannotBeReadIsSaidWithWhy(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file: the rights cannot be taken away")
	}
	f := follow(t, fileWithTitles("un"))
	if err := os.Chmod(f.path, 0); err != nil {
		t.Fatal(err)
	}
	if got := f.poll(2); !strings.Contains(got, "you do not have the right to read it") {
		t.Errorf("an unreadable file: said %q", got)
	}
}

func TestASaveWrittenOverSeveralLooksIsNotReportedAsBroken(t *testing.T) {
	next := fileWithTitles("un", "deux", "trois")
	f := follow(t, fileWithTitles("un"))
	for n := 10; n < len(next); n += 25 { // a slow save: more of it at each look
		saveInPlace(t, f.path, next[:n])
		if got := f.poll(1); got != "" {
			t.Fatalf("a save in progress (%d of %d bytes) was said: %q", n, len(next), got)
		}
	}
	saveInPlace(t, f.path, next)
	if got := f.poll(1); got != "reloaded: 3 photos from photos.json" {
		t.Errorf("the finished save: said %q", got)
	}
}

func TestAChangeOfTheSameSizeAndTimeIsStillSeen(t *testing.T) {
	f := follow(t, fileWithTitles("aaa"))
	info, _ := os.Stat(f.path)
	saveInPlace(t, f.path, fileWithTitles("bbb"))
	if err := os.Chtimes(f.path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	if now, _ := os.Stat(f.path); now.Size() != info.Size() || !now.ModTime().Equal(info.ModTime()) {
		t.Fatalf("the test could not keep the size and time")
	}
	if f.poll(1); f.titles() != "bbb" {
		t.Errorf("a change of the same size and time was not served: %s", f.titles())
	}
}

func TestABigSettledFileIsNotReadAgainUntilItChanges(t *testing.T) {
	many := make([]string, 9000)
	for i := range many {
		many[i] = fmt.Sprintf("photo%05d", i)
	}
	content := fileWithTitles(many...)
	if len(content) <= contentCheckLimit {
		t.Fatalf("the file is %d bytes, want more than %d", len(content), contentCheckLimit)
	}
	f := follow(t, content)
	old := time.Now().Add(-time.Minute)
	other := strings.Replace(content, `"title": "photo00000"`, `"title": "PHOTO00000"`, 1)
	saveInPlace(t, f.path, other)
	_ = os.Chtimes(f.path, old, old)
	f.d.seen, _ = os.Stat(f.path) // as if the last look had seen it so
	if f.poll(1); strings.HasPrefix(f.titles(), "PHOTO") {
		t.Errorf("a big file unchanged in size and time, settled for a minute, was read again")
	}
	recent := time.Now()
	_ = os.Chtimes(f.path, recent, recent)
	f.d.seen, _ = os.Stat(f.path)
	if f.poll(1); !strings.HasPrefix(f.titles(), "PHOTO") {
		t.Errorf("a big file modified in the last seconds was not read again")
	}
}

func TestHowTheFileIsSavedIsSaidOncePerChange(t *testing.T) {
	bom := "\xEF\xBB\xBF"
	f := follow(t, fileWithTitles("un"))
	steps := []struct {
		content string
		bom     bool
	}{{bom + fileWithTitles("un", "deux"), true}, {bom + fileWithTitles("un", "deux", "trois"), false}, {fileWithTitles("un"), false}, {bom + fileWithTitles("deux"), true}}
	for i, step := range steps {
		saveInPlace(t, f.path, step.content)
		got := f.poll(1)
		if strings.Contains(got, "BOM") != step.bom || !strings.Contains(got, "reloaded") {
			t.Errorf("save %d: said %q; want the BOM said: %v", i+1, got, step.bom)
		}
	}
}

func TestFollowingStopsWithItsContext(t *testing.T) {
	f := follow(t, fileWithTitles("un"))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { f.d.Follow(ctx); close(done) }()
	cancel()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("following did not stop when its context ended")
	}
}

func TestAReloadSaysTextsThatSayNothingOncePerChange(t *testing.T) {
	f := follow(t, fileWithTitles("un", "deux"))
	saveInPlace(t, f.path, strings.Replace(fileWithTitles("un", "deux"), `"paysage"`, `"TODO"`, 1))
	said := f.poll(2)
	if !strings.Contains(said, `photos.json line 6: the keyword of photo 1 ("un"), "TODO", says nothing: write instead one word that names what the picture shows`) || !strings.Contains(said, "reloaded: 2 photos") {
		t.Errorf("a save with a keyword that says nothing: said\n%s", said)
	}
	if again := f.poll(3); again != "" {
		t.Errorf("the same file looked at again said %q, want nothing", again)
	}
}

func TestACreationStoppedByCtrlCLeavesNoFileBehind(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "photos.json")
	ctx, cancel := context.WithCancel(testkit.Context(t))
	cancel() // Ctrl+C before the first megabyte is written
	if err := Create(ctx, path, bytes.Repeat([]byte(" "), 5<<20)); !errors.Is(err, context.Canceled) {
		t.Errorf("Create after Ctrl+C returned %v, want the context's error", err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("Ctrl+C while the file was created left %v behind, want nothing", left)
	}
}
