package server

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/datafile"
	"photoserver/internal/grading"
	"photoserver/internal/images"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

// What a student's own Photo type does to the server: a field named like a parameter,
// renamed tags, and the same sentences at start and on the sheet.

// namedLikeParameters is a Photo a student extended with fields named like the
// parameters of /photos.
type namedLikeParameters struct {
	ID          int    `json:"id"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Keyword     string `json:"keyword"`
	Limit       int    `json:"limit"`
	Q           string `json:"q"`
}

func TestAFieldNamedLikeAParameterIsSaidAtStartAndTheParameterWins(t *testing.T) {
	code, err := photo.CodeOf([]namedLikeParameters{{Title: "a", URL: "https://e.org/1", Description: "d", Keyword: "k", Limit: 1}, {Title: "b", URL: "https://e.org/2", Description: "d", Keyword: "k", Limit: 2}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for l, lang := range languages {
		warnings := sayAll(lang.P, schemaWarnings(code.Schema))
		want := []string{`photos.go: the field Limit is sent as "limit", which is also a parameter of /photos (?limit=...): it cannot be filtered by; give it another name in its json tag`,
			`photos.go : le champ Limit est envoyé sous le nom « limit », qui est aussi un paramètre de /photos (?limit=...) : on ne peut pas filtrer selon lui ; donnez-lui un autre nom dans sa balise json`}[l]
		if len(warnings) != 2 || warnings[0] != want || !strings.Contains(warnings[1], `"q"`) && !strings.Contains(warnings[1], "« q »") {
			t.Errorf("%s: the start says %q, want %q and the same for q", lang.Name, warnings, want)
		}
	}
	c, _ := newCatalogOf(t, code)
	h := handlerOf(c, false)
	if got := decodeList(t, do(h, "GET", "/photos?limit=1").Body.Bytes()); len(got) != 1 {
		t.Errorf("?limit=1 gave %d photos, want the parameter: 1 photo", len(got))
	}
	if got := decodeList(t, do(h, "GET", "/photos?limit_gte=2").Body.Bytes()); len(got) != 1 || got[0].Title != "b" {
		t.Errorf("the field is still filtered with an ending: ?limit_gte=2 gave %v", got)
	}
}

// renamedTags is a Photo whose tags a student renamed: every field is reached by the
// name it is sent under.
type renamedTags struct {
	ID          int      `json:"num"`
	URL         string   `json:"image"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Keyword     string   `json:"keyword"`
	Tags        []string `json:"tags"`
}

func TestARenamedTagWorksEverywhereAndIsSaidAtStart(t *testing.T) {
	code, err := photo.CodeOf([]renamedTags{
		{Title: "Chiot", URL: "https://e.org/1", Description: "Noir", Keyword: "chien", Tags: []string{"noir"}},
		{Title: "Carlin", URL: "https://e.org/2", Description: "Petit", Keyword: "chien", ID: 9},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "photos.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, code, []string{"-addr", "127.0.0.1:0", "-offline", "-data", path}, english, &stdout, &syncBuffer{})
	}()
	waitFor(t, "the banner", 10*time.Second, func() bool { return ownURL.MatchString(stdout.String()) })
	base := "http://127.0.0.1:" + ownURL.FindStringSubmatch(stdout.String())[1]
	body := getBody(t, base+"/photos?num_gte=2&_sort=num")
	if !strings.Contains(body, `"image": "http://127.0.0.1:`) || strings.Contains(body, "e.org") || !strings.Contains(body, `"num": 9`) || strings.Contains(body, `"num": 1`) {
		t.Errorf("-offline, a filter and a sort on the renamed fields:\n%s", body)
	}
	created, _ := os.ReadFile(path)
	if strings.Count(string(created), `"num"`) != 1 || !strings.Contains(string(created), `"tags": [`) {
		t.Errorf("the created file keeps the ids that are only positions, or loses a field:\n%s", created)
	}
	for _, want := range []string{`the field URL is sent as "image", so a page that reads photo.url finds nothing: put back json:"url" on it`, `the field ID is sent as "num"`} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("the start does not say %q:\n%s", want, stdout.String())
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestTheStartAndTheSheetSayAMissingTextInTheSameWords(t *testing.T) {
	list := []Photo{{Title: "Chiot", URL: "https://e.org/1", Keyword: "chien"}}
	code := testkit.Code(list, func(n int, seed int64) Photo { return Photo{ID: 1, Title: "t"} })
	for _, lang := range languages {
		start := sayAll(lang.P, builtInWarnings(code.Schema, code.List(), images.Folder{Path: images.Dir}))
		sheet := grading.GradeAll(lang.P, grading.CodeSource(lang.P, code, nil))
		if len(start) != 1 || len(sheet[1].Problems) != 1 || start[0] != sheet[1].Problems[0] {
			t.Errorf("%s: the start says %q and the sheet %q", lang.Name, start, sheet[1].Problems)
		}
		err := run(context.Background(), code, []string{"-addr", "127.0.0.1:0", "-fake", "3"}, lang.Env, io.Discard, io.Discard)
		if err == nil || sayErr(lang.P, err) != sheet[3].Why {
			t.Errorf("%s: -fake with an ID in fake.go says %v, the sheet %q", lang.Name, err, sheet[3].Why)
		}
		path := filepath.Join(t.TempDir(), "photos.json")
		content := "[\n  {\"title\": \"Chiot\", \"url\": \"https://e.org/1\", \"keyword\": \"chien\"}\n]\n"
		saveInPlace(t, path, content)
		_, data, err := datafile.Load(testkit.Context(t), code.Schema, nil, path, []byte(content))
		file := grading.GradeAll(lang.P, grading.DataSource(lang.P, code.Schema, path))
		if err != nil || len(data.Warnings) != 1 || len(file[1].Problems) != 1 || data.Warnings[0].Say(lang.P) != file[1].Problems[0] {
			t.Errorf("%s: a data file is said %q by the server and %q by the sheet (%v)", lang.Name, sayAll(lang.P, data.Warnings), file[1].Problems, err)
		}
	}
}
