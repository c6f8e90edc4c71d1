package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestDecodePhotosReadsBothShapes(t *testing.T) {
	tests := []struct {
		name    string
		content string
		titles  []string
		ids     []int
	}{
		{"the array that GET /photos sends", `[{"id": 1, "title": "a"}, {"id": 2, "title": "b"}]`, []string{"a", "b"}, []int{1, 2}},
		{"json-server's db.json", `{"profile": {"x": 1}, "photos": [{"title": "a"}, {"title": "b", "id": 9}]}`, []string{"a", "b"}, []int{1, 9}},
		{"photos without ids are numbered", `[{"title": "a"}, {"title": "b"}, {"title": "c"}]`, []string{"a", "b", "c"}, []int{1, 2, 3}},
		{"an empty list", `[]`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, _, err := decodePhotos("photos.json", []byte(tt.content))
			if err != nil {
				t.Fatalf("decodePhotos: %v", err)
			}
			var titles []string
			var ids []int
			for _, p := range list {
				titles, ids = append(titles, p.Title), append(ids, p.ID)
			}
			if fmt.Sprint(titles, ids) != fmt.Sprint(tt.titles, tt.ids) {
				t.Errorf("got titles %q ids %v, want %q %v", titles, ids, tt.titles, tt.ids)
			}
		})
	}
}

func TestWhatGETPhotosSendsReadsBackAsADataFile(t *testing.T) {
	body := do(newTestHandler(t, photos, false), "GET", "/photos").Body.Bytes()
	list, warnings, err := decodePhotos("photos.json", body)
	want, _ := numberPhotos(photos)
	if err != nil || len(warnings) != 0 || fmt.Sprint(list) != fmt.Sprint(want) {
		t.Errorf("curl .../photos > photos.json does not round-trip: err %v, warnings %q", err, warnings)
	}
}

func TestADataFileThatCannotBeServedSaysWhereAndWhy(t *testing.T) {
	tests := []struct {
		name, content string
		says          []string
	}{
		{"a missing comma between fields", "[\n  {\n    \"title\": \"a\"\n    \"keyword\": \"b\"\n  }\n]", []string{"photos.json line 4, column 5", "a comma is missing"}},
		{"a missing comma between photos", "[\n  {\"title\": \"a\"}\n  {\"title\": \"b\"}\n]", []string{"line 3, column 3", "a comma is missing between two photos"}},
		{"a comma before }", "[{\"title\": \"a\",}]", []string{"line 1, column 16", "remove the comma"}},
		{"a comma before ]", "[{\"title\": \"a\"},\n]", []string{"line 2, column 1", "remove the comma before this ]"}},
		{"half a file", "[\n  {\"title\": \"a\"},\n  {\"tit", []string{"photos.json line 3", "ends too early"}},
		{"single quotes", "[{'title': 'a'}]", []string{"line 1, column 3", "double quotes"}},
		{"an empty file", "", []string{"photos.json is empty"}},
		{"not a list", `{"title": "a"}`, []string{"must hold a list of photos"}},
		{"a list of texts", `["a", "b"]`, []string{"line 1, column 2", "photo 1 must be written between { and }"}},
		{"an id in quotes", "[\n{\"id\": \"3\", \"title\": \"a\"}]", []string{"line 2, column 2", "photo 1", `"id" must be a whole number`}},
		{"a title that is a number", `[{"title": "a"}, {"title": 12}]`, []string{"photo 2", `"title" must be a text in double quotes`}},
		{"two photos with one id", `[{"title": "Chiot"}, {"title": "Carlin", "id": 1}]`, []string{`photo 1 ("Chiot") and photo 2 ("Carlin") both have id 1`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := decodePhotos("photos.json", []byte(tt.content))
			if err == nil {
				t.Fatalf("decodePhotos accepted %q", tt.content)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("the error %q does not say %q", err, s)
				}
			}
		})
	}
	big := make([]byte, maxDataFile+1)
	if _, _, err := decodePhotos("photos.json", big); err == nil || !strings.Contains(err.Error(), "more than the 32 MB") {
		t.Errorf("a file over 32 MiB: got %v, want an error saying it is too big", err)
	}
}

func TestWarningsNameThePhotoAndTheNearestField(t *testing.T) {
	content := "[\n  {\"title\": \"Chiot\", \"descripton\": \"x\", \"keyword\": \"chien\", \"url\": \"https://e.org/1\"},\n  {\"title\": \"Carlin\", \"description\": \"y\", \"url\": \"https://e.org/2\", \"colour\": \"red\"},\n  {\"description\": \"z\", \"keyword\": \"k\", \"url\": \"https://e.org/3\"}\n]"
	list, warnings, err := decodePhotos("photos.json", []byte(content))
	if err != nil || len(list) != 3 {
		t.Fatalf("a file with warnings should still be served: %v", err)
	}
	want := []string{
		`photos.json line 2: photo 1 ("Chiot"): unknown field "descripton" is ignored: did you mean "description"?`,
		`photos.json line 3: photo 2 ("Carlin"): unknown field "colour" is ignored: a photo has the fields id, url, title, description, keyword`,
		`photos.json line 3: photo 2 ("Carlin") has no keyword: write one, "keyword": "..."`,
		`photos.json line 4: photo 3 has no title: write one, "title": "..."`,
	}
	if strings.Join(warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
	lines := warningLines(append(warnings, warnings...))
	if len(lines) != maxWarnings+1 || !strings.Contains(lines[maxWarnings], "3 more warnings") {
		t.Errorf("8 warnings should show 5 and a count of the rest, got:\n%s", strings.Join(lines, "\n"))
	}
}

// saveInPlace writes the file over itself, as most editors do.
func saveInPlace(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// saveByRename writes a new file and renames it over the old one, as some editors do.
func saveByRename(t *testing.T, path, content string) {
	t.Helper()
	tmp := path + ".swp"
	if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// titlesAt returns the titles that base/photos serves now.
func titlesAt(t *testing.T, base string) []string {
	t.Helper()
	var titles []string
	for _, p := range fetchPhotosFrom(t, base) {
		titles = append(titles, p.Title)
	}
	return titles
}

func fileWithTitles(titles ...string) string {
	list := make([]Photo, len(titles))
	for i, title := range titles {
		list[i] = Photo{Title: title, URL: "https://e.org/" + title, Description: "d " + title, Keyword: "k"}
	}
	ps, _ := numberPhotos(list)
	return string(encode(ps).plain.body)
}

func TestASavedChangeIsServedWithinASecondWithoutRestart(t *testing.T) {
	for _, save := range []struct {
		name string
		save func(*testing.T, string, string)
	}{{"saved in place", saveInPlace}, {"saved by rename", saveByRename}} {
		t.Run(save.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "photos.json")
			saveInPlace(t, path, fileWithTitles("un", "deux"))
			base, stdout, _, _ := startRun(t, "-data", path)
			var reused []bool
			client := &http.Client{}
			trace := func(r *http.Request) *http.Request {
				return r.WithContext(httptrace.WithClientTrace(r.Context(), &httptrace.ClientTrace{
					GotConn: func(info httptrace.GotConnInfo) { reused = append(reused, info.Reused) },
				}))
			}
			get := func() string {
				req, _ := http.NewRequest("GET", base+"/photos", nil)
				resp, err := client.Do(trace(req))
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				return string(b)
			}
			if !strings.Contains(get(), `"title": "deux"`) {
				t.Fatalf("the file's photos are not served")
			}
			save.save(t, path, fileWithTitles("un", "deux", "trois"))
			saved := time.Now()
			waitFor(t, "the new photo served", time.Second, func() bool { return strings.Contains(get(), `"title": "trois"`) })
			t.Logf("served %v after the save", time.Since(saved).Round(time.Millisecond))
			if !strings.Contains(stdout.String(), "reloaded: 3 photos from "+path) {
				t.Errorf("the log does not say reloaded: 3 photos:\n%s", stdout)
			}
			for i, r := range reused[1:] {
				if !r {
					t.Errorf("request %d opened a new connection: the reload closed the open one", i+2)
				}
			}
		})
	}
}

func TestAChangeOfTheSameSizeAndTimeIsStillSeen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("aaa"))
	info, _ := os.Stat(path)
	base, _, _, _ := startRun(t, "-data", path)
	saveInPlace(t, path, fileWithTitles("bbb"))
	if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the change served", time.Second, func() bool { return fmt.Sprint(titlesAt(t, base)) == "[bbb]" })
}

func TestAHalfWrittenSaveNeverReachesThePartner(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	base, stdout, _, _ := startRun(t, "-data", path)
	next := fileWithTitles("un", "deux", "trois")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(next[:len(next)/2]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the log saying the file is broken", 2*time.Second, func() bool { return strings.Contains(stdout.String(), "ends too early") })
	if got := fmt.Sprint(titlesAt(t, base)); got != "[un deux]" {
		t.Errorf("while the file is half written the server sends %s, want the last good photos [un deux]", got)
	}
	if _, err := f.WriteString(next[len(next)/2:]); err != nil {
		t.Fatal(err)
	}
	f.Close()
	waitFor(t, "the whole save served", time.Second, func() bool { return fmt.Sprint(titlesAt(t, base)) == "[un deux trois]" })
}

func TestABrokenSaveKeepsTheLastGoodPhotosAndIsSaidOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	base, stdout, _, _ := startRun(t, "-data", path)
	broken := strings.Replace(fileWithTitles("un", "deux", "trois"), `"title": "deux",`, `"title": "deux"`, 1)
	saveInPlace(t, path, broken)
	waitFor(t, "the log line about the broken file", 2*time.Second, func() bool { return strings.Contains(stdout.String(), "a comma is missing") })
	time.Sleep(4 * pollInterval) // a few more polls of the same broken content
	if n := strings.Count(stdout.String(), "a comma is missing"); n != 1 {
		t.Errorf("the broken file was reported %d times, want once:\n%s", n, stdout)
	}
	for _, want := range []string{path + " line 13, column 5", "the last good photos are still served"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("the log does not say %q:\n%s", want, stdout)
		}
	}
	if got := fmt.Sprint(titlesAt(t, base)); got != "[un deux]" {
		t.Errorf("after a broken save the server sends %s, want the last good photos [un deux]", got)
	}
	saveInPlace(t, path, fileWithTitles("un", "deux", "trois"))
	waitFor(t, "reloaded: 3 photos", time.Second, func() bool { return strings.Contains(stdout.String(), "reloaded: 3 photos") })
}

func TestAMissingDataFileIsCreatedAndAnExistingOneIsNeverWritten(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "photos.json")
	base, stdout, _, stop := startRun(t, "-data", path, "-fake", "6", "-seed", "2")
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("-data with a missing file did not create it: %v", err)
	}
	resp, err := http.Get(base + "/photos")
	if err != nil {
		t.Fatal(err)
	}
	served, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(served) != string(content) {
		t.Errorf("the created file is not what GET /photos sends")
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
}

func TestAnExistingBrokenFileStopsTheStartWithOneSentence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, `[{"title": "a",}]`)
	err := run(t.Context(), []string{"-addr", "127.0.0.1:0", "-data", path}, &syncBuffer{}, &syncBuffer{})
	if err == nil || !strings.Contains(err.Error(), path+" line 1, column 16") || !strings.Contains(err.Error(), "start the server again") {
		t.Errorf("got %v, want the file, line and column, and what to do", err)
	}
}

func TestEveryAnswerIsOneVersionWhileTheFileReloads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	version := func(v int) string {
		titles := make([]string, 1+v%7)
		for i := range titles {
			titles[i] = fmt.Sprintf("v%d", v)
		}
		return fileWithTitles(titles...)
	}
	saveInPlace(t, path, version(0))
	var st store
	d := &dataFile{path: path, name: "photos.json", st: &st, log: newRequestLog(io.Discard)}
	if _, _, err := d.load(); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newHandler(&st, newRequestLog(io.Discard)))
	defer srv.Close()

	stopReaders := make(chan struct{})
	var wg sync.WaitGroup
	var checked sync.Map
	for r := 0; r < 4; r++ {
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
	for v := 1; v <= 60; v++ {
		saveInPlace(t, path, version(v))
		d.poll(time.Now())
		time.Sleep(2 * time.Millisecond)
	}
	close(stopReaders)
	wg.Wait()
	n := 0
	checked.Range(func(any, any) bool { n++; return true })
	if n < 2 {
		t.Errorf("the readers saw %d versions, want several: the test did not race the reloads", n)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func decodeTitles(t *testing.T, path string) []string {
	t.Helper()
	list, _, err := decodePhotos(path, []byte(readFile(t, path)))
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, p := range list {
		titles = append(titles, p.Title)
	}
	return titles
}

func TestADeletedFileIsSaidOnceAndTheLastPhotosStay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un"))
	var out syncBuffer
	var st store
	d := &dataFile{path: path, name: "photos.json", st: &st, log: newRequestLog(&out)}
	if _, _, err := d.load(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	d.poll(time.Now())
	if out.String() != "" {
		t.Errorf("a file missing for one look (an editor replacing it) was reported: %q", out.String())
	}
	for range 5 {
		d.poll(time.Now())
	}
	if n := strings.Count(out.String(), "cannot read photos.json"); n != 1 {
		t.Errorf("a missing file was reported %d times, want once:\n%s", n, out.String())
	}
	if got := st.current().photos[0].Title; got != "un" {
		t.Errorf("after the file was deleted the server sends %q, want the last good photos", got)
	}
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	d.poll(time.Now())
	if !strings.Contains(out.String(), "reloaded: 2 photos") {
		t.Errorf("the file saved again was not reloaded:\n%s", out.String())
	}
}
