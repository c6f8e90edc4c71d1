package main

// The teacher's grading sheet: each objective of the exercise is checked on what the
// server really sends, for the built-in list of photos.go, for go-faker and for a data
// file. A failure names the photo (position and title) and the objective.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// source is one way of filling the server with photos.
type source struct {
	name    string
	where   string // where a student fixes a photo of this source
	handler http.Handler
}

// photoSources returns the handlers the objectives are checked against: the built-in
// list, go-faker, and a data file, the one named by PHOTOS_DATA when it is set
// (PHOTOS_DATA=photos.json go test -run Objective checks a student's file), or else
// one made from the built-in list as -data makes it.
func photoSources(t *testing.T) []source {
	t.Helper()
	path := os.Getenv("PHOTOS_DATA")
	if path == "" {
		path = filepath.Join(t.TempDir(), "photos.json")
		numbered, _ := numberPhotos(photos)
		if err := createDataFile(path, encode(numbered).plain.body); err != nil {
			t.Fatal(err)
		}
	}
	var st store
	file := &dataFile{path: path, name: path, st: &st, log: newRequestLog(discard{})}
	if _, _, err := file.load(); err != nil {
		t.Fatalf("the data file cannot be served: %v", err)
	}
	return []source{
		{"built-in list", "in photos.go", newTestHandler(t, photos, false)},
		{"faker", "in fake.go", newTestHandler(t, fakeList(50, 1), false)},
		{"data file", "in " + path, newHandler(&st, newRequestLog(discard{}))},
	}
}

// newTestHandler serves list through the real handler.
func newTestHandler(t testing.TB, list []Photo, offline bool) http.Handler {
	t.Helper()
	c, err := newCatalog(list, offline)
	if err != nil {
		t.Fatalf("the photos cannot be served: %v", err)
	}
	var st store
	st.replace(c)
	return newHandler(&st, newRequestLog(discard{}))
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// fetchPhotos asks h for /photos, as the partner's page does, and decodes the answer.
func fetchPhotos(t *testing.T, h http.Handler) []Photo {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/photos", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /photos answered %d, want 200: %s", rec.Code, rec.Body)
	}
	var list []Photo
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil {
		t.Fatalf("GET /photos did not send a JSON array of photos: %v", err)
	}
	return list
}

// name is how a failure points at a photo: its position, then its title.
func name(i int, p Photo) string {
	if strings.TrimSpace(p.Title) == "" {
		return fmt.Sprintf("photo %d (no title)", i+1)
	}
	return fmt.Sprintf("photo %d (%q)", i+1, p.Title)
}

func TestObjective1_EveryPhotoHasADescription(t *testing.T) {
	for _, src := range photoSources(t) {
		t.Run(src.name, func(t *testing.T) {
			for i, p := range fetchPhotos(t, src.handler) {
				if strings.TrimSpace(p.Description) == "" {
					t.Errorf("objective 1, every photo has a description: %s has an empty description; write one %s", name(i, p), src.where)
				}
			}
		})
	}
}

func TestObjective2_EveryPhotoHasAKeyword(t *testing.T) {
	for _, src := range photoSources(t) {
		t.Run(src.name, func(t *testing.T) {
			for i, p := range fetchPhotos(t, src.handler) {
				if strings.TrimSpace(p.Keyword) == "" {
					t.Errorf("objective 2, every photo has a keyword: %s has an empty keyword; write one %s", name(i, p), src.where)
				}
			}
		})
	}
}

func TestObjective3_FakerFillsEveryField(t *testing.T) {
	const n = 50
	list := fetchPhotos(t, newTestHandler(t, fakeList(n, 7), false))
	if len(list) != n {
		t.Fatalf("objective 3, photos made with faker: asked for %d photos, the server sent %d", n, len(list))
	}
	titles := map[string]bool{}
	for i, p := range list {
		for field, v := range map[string]string{"url": p.URL, "title": p.Title, "description": p.Description, "keyword": p.Keyword} {
			if strings.TrimSpace(v) == "" {
				t.Errorf("objective 3, faker fills every field: %s has an empty %s", name(i, p), field)
			}
		}
		if p.ID != i+1 {
			t.Errorf("objective 3, faker fills every field: %s has id %d, want %d", name(i, p), p.ID, i+1)
		}
		titles[p.Title] = true
	}
	if len(titles) < n/2 {
		t.Errorf("objective 3, photos made with faker: only %d different titles among %d photos; faker should invent each one", len(titles), n)
	}
}

func TestEveryPhotoHasAnIDAURLAndATitle(t *testing.T) {
	for _, src := range photoSources(t) {
		t.Run(src.name, func(t *testing.T) {
			ids := map[int]string{}
			for i, p := range fetchPhotos(t, src.handler) {
				if strings.TrimSpace(p.Title) == "" {
					t.Errorf("every photo has a title: %s has an empty title; write one %s", name(i, p), src.where)
				}
				if !strings.HasPrefix(p.URL, "http://") && !strings.HasPrefix(p.URL, "https://") {
					t.Errorf("every photo has a picture: %s has url %q, want an address starting with https://; fix it %s", name(i, p), p.URL, src.where)
				}
				if other, dup := ids[p.ID]; dup {
					t.Errorf("every photo has its own id: %s has id %d, like %s", name(i, p), p.ID, other)
				}
				ids[p.ID] = name(i, p)
			}
		})
	}
}

func TestTheBuiltInListHasAtLeast12Photos(t *testing.T) {
	if got := len(fetchPhotos(t, newTestHandler(t, photos, false))); got < 12 {
		t.Errorf("the built-in list has %d photos, want at least 12: add some in photos.go", got)
	}
}

// fakeList makes n photos with go-faker, as -fake n -seed seed does.
func fakeList(n int, seed int64) []Photo {
	list, _ := fakePhotos(n, seed, nil)
	return list
}

func TestALongFakerRunShowsItsProgress(t *testing.T) {
	defer func(d time.Duration) { progressAfter = d }(progressAfter)
	progressAfter = 0 // as if go-faker had already taken over a second
	var progress strings.Builder
	fakePhotos(2500, 1, &progress)
	for _, want := range []string{"making photos with faker: 1000 of 2500...", "2000 of 2500...", "2500 of 2500, done.\n"} {
		if !strings.Contains(progress.String(), want) {
			t.Errorf("the progress line does not show %q: %q", want, progress.String())
		}
	}
	progress.Reset()
	progressAfter = time.Hour
	fakePhotos(2500, 1, &progress)
	if progress.Len() != 0 {
		t.Errorf("a quick run printed progress: %q", progress.String())
	}
}
