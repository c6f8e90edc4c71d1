package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"photoserver/internal/catalog"
	"photoserver/internal/datafile"
	"photoserver/internal/testkit"
	"strings"
	"sync"
	"testing"
	"time"
)

// The data file as the server serves it: every answer one version while it reloads,
// created when missing, refused with one sentence when it cannot be served.

func TestWhatGETPhotosSendsReadsBackAsADataFile(t *testing.T) {
	for _, list := range [][]Photo{samplePhotos, manyPhotos(20)} {
		h := newTestHandler(t, list, false)
		body := do(h, "GET", "/photos").Body.String()
		c, d, err := datafile.Load(testkit.Context(t), testkit.Schema(), nil, "photos.json", []byte(body))
		want, _ := newCatalog(list)
		if err != nil || len(d.Warnings) != 0 || string(c.List().Plain.Body) != string(want.List().Plain.Body) {
			t.Errorf("curl .../photos > photos.json does not round-trip: %v, warnings %q", err, d.Warnings)
		}
	}
}

func TestEveryAnswerIsOneVersionWhileTheFileReloads(t *testing.T) {
	version := func(v int) string {
		titles := make([]string, 1+v%7)
		for i := range titles {
			titles[i] = fmt.Sprintf("v%d", v)
		}
		return fileWithTitles(titles...)
	}
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, version(0))
	st := &catalog.Store{}
	d := &datafile.File{Path: path, Name: "photos.json", P: en, Schema: testkit.Schema(), Store: st, Say: func(string) {}, Every: time.Millisecond}
	if _, _, err := d.Load(testkit.Context(t)); err != nil {
		t.Fatal(err)
	}
	go d.Follow(testkit.Context(t))
	srv := httptest.NewServer(newHandler(st, newRequestLog(io.Discard, en), serveOptions{}))
	defer srv.Close()

	stopReaders := make(chan struct{})
	var wg sync.WaitGroup
	defer func() { close(stopReaders); wg.Wait() }() // the readers stop even when the test fails
	var checked sync.Map
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stopReaders:
					return
				default:
				}
				for _, target := range []string{"/photos", "/photos?q=v&limit=3"} {
					resp, err := http.Get(srv.URL + target)
					if err != nil {
						t.Error(err)
						return
					}
					var list []Photo
					err = json.NewDecoder(resp.Body).Decode(&list)
					resp.Body.Close()
					if err != nil || len(list) == 0 {
						t.Errorf("GET %s during a reload sent a broken answer: %v", target, err)
						return
					}
					for _, p := range list {
						if p.Title != list[0].Title {
							t.Errorf("GET %s mixed two versions: %q and %q", target, list[0].Title, p.Title)
							return
						}
					}
					checked.Store(list[0].Title, true)
				}
			}
		}()
	}
	for v := 1; v <= 50; v++ {
		saveInPlace(t, path, version(v))
		waitFor(t, "the file to be reloaded", 5*time.Second, func() bool { // as the server follows it
			return strings.HasPrefix(st.Current().Photos()[0].Title, fmt.Sprintf("v%d", v))
		})
		waitFor(t, "a reader to see the new version", 10*time.Second, func() bool { // a deadline on a busy machine, not a timing under test
			_, seen := checked.Load(fmt.Sprintf("v%d", v))
			return seen
		})
	}
}

func titlesAt(t *testing.T, base string) []string {
	t.Helper()
	var titles []string
	for _, p := range fetchPhotosFrom(t, base) {
		titles = append(titles, p.Title)
	}
	return titles
}

func TestAMissingDataFileIsCreatedAndAnExistingOneIsNeverWritten(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "photos.json")
	base, stdout, _, stop := startRun(t, "-data", path, "-fake", "6", "-seed", "2")
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("-data with a missing file did not create it: %v", err)
	}
	created, _, err := datafile.Load(testkit.Context(t), testkit.Schema(), nil, path, content)
	if err != nil {
		t.Fatalf("the created file cannot be read back: %v", err)
	}
	if served := fetchPhotosFrom(t, base); fmt.Sprint(served) != fmt.Sprint(listOf(t, created)) || strings.Contains(string(content), `"id":`) {
		t.Errorf("the created file does not hold what GET /photos sends, without the ids:\n%s", content)
	}
	for _, want := range []string{"created " + path, "go-faker with seed 2", "6 photos from " + path} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("the banner does not say %q:\n%s", want, stdout)
		}
	}
	stop()

	own := fileWithTitles("mine")
	saveInPlace(t, path, own)
	before, _ := os.Stat(path)
	base, stdout, _, stop = startRun(t, "-data", path, "-fake", "6", "-seed", "2")
	if got := fmt.Sprint(titlesAt(t, base)); got != "[mine]" {
		t.Errorf("an existing file's photos should be served, got %s", got)
	}
	if !strings.Contains(stdout.String(), "-fake and -seed play no part") {
		t.Errorf("the banner does not say -fake plays no part:\n%s", stdout)
	}
	stop()
	after, _ := os.Stat(path)
	now, _ := os.ReadFile(path)
	if string(now) != own || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("the server wrote the existing data file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only photos.json", len(entries))
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	_, _, _, stop = startRun(t, "-data", path)
	stop()
	mine := filepath.Join(dir, "mine.json")
	saveInPlace(t, mine, "[]") // 0644 less the umask, as any file a student makes
	fresh, _ := os.Stat(path)
	made, _ := os.Stat(mine)
	if fresh.Mode().Perm() != made.Mode().Perm() {
		t.Errorf("the created file has mode %v, want %v like any file made with 0644 here (less the umask)", fresh.Mode().Perm(), made.Mode().Perm())
	}
}

func TestAnExistingBrokenFileStopsTheStartWithOneSentence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, `[{"title": "a",}]`)
	err := run(testkit.Context(t), sampleCode, []string{"-addr", "127.0.0.1:0", "-data", path}, english, &syncBuffer{}, &syncBuffer{})
	if err == nil || !strings.Contains(err.Error(), path+" line 1, column 16") || !strings.Contains(err.Error(), "start the server again") {
		t.Errorf("got %v, want the file, line and column, and what to do", err)
	}
}

func TestADataFileThatCannotBeCreatedOrReadSaysWhyOnce(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path string
		says, not  string
	}{
		{"a folder", dir, "is a folder, not a file: give the name of a JSON file", "fix the file"},
		{"a folder that does not exist", filepath.Join(dir, "nowhere", "photos.json"), "the folder " + filepath.Join(dir, "nowhere") + " does not exist: create it first", ".photos-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(testkit.Context(t), sampleCode, []string{"-addr", "127.0.0.1:0", "-data", tt.path}, english, &syncBuffer{}, &syncBuffer{})
			if err == nil || !strings.Contains(err.Error(), tt.says) || strings.Contains(err.Error(), tt.not) {
				t.Errorf("-data %s: got %v, want %q and not %q", tt.path, err, tt.says, tt.not)
			}
		})
	}
}

func TestTheFollowerTakesItsTimingsWhenItIsMadeSoTestsRunInParallel(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un"))
	st := &catalog.Store{}
	var said testkit.SyncBuffer
	say := func(line string) { said.Write([]byte(line + "\n")) }
	d := &datafile.File{Path: path, Name: "photos.json", P: en, Schema: testkit.Schema(), Store: st, Say: say}
	if _, _, err := d.Load(testkit.Context(t)); err != nil {
		t.Fatal(err)
	}
	f := &follower{p: en, say: say, st: st, file: d, times: followTimes{lookEvery: time.Millisecond, settleFor: time.Millisecond}}
	go f.follow(testkit.Context(t))
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	waitFor(t, "the save served", 10*time.Second, func() bool { return len(st.Current().Photos()) == 2 })
	waitFor(t, "the reload said", 10*time.Second, func() bool { return strings.Contains(said.String(), "reloaded: 2 photos from photos.json") })
	if defaultFollowTimes.lookEvery != 250*time.Millisecond || defaultFollowTimes.settleFor != 300*time.Millisecond {
		t.Errorf("the server a student runs looks every %v and waits %v for a burst of saves, want 250ms and 300ms", defaultFollowTimes.lookEvery, defaultFollowTimes.settleFor)
	}
}
