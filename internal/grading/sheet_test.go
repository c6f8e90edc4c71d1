package grading

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"photoserver/internal/catalog"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
	"strings"
	"testing"
)

func TestTheSheetGradesAServerOnTheNetworkWhateverItIsWrittenIn(t *testing.T) {
	original := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The original exercise's Python server: url and title only, no CORS header.
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `[{"url": "https://picsum.photos/id/237/640/480", "title": "Chiot"}, {"url": "https://picsum.photos/id/1025/640/480", "title": "Carlin"}]`)
	}))
	defer original.Close()
	complete := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A server that sends everything, as this one does.
		c, _ := catalog.New(testkit.Schema(), testkit.Records(testkit.SamplePhotos))
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = w.Write(c.List().Plain.Body)
	}))
	defer complete.Close()
	notAList := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = io.WriteString(w, `{"photos": []}`)
	}))
	defer notAList.Close()
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()

	tests := []struct {
		name, url string
		sheet     [2][][]string // lines that must be there, in English then in French
		not       []string
	}{
		{"the original exercise's server: url and title only, no CORS", original.URL + "/photos", [2][][]string{
			{{"Objective 1, a description for every photo", "0/4", "0 of 2 photos"}, {"Objective 2, a keyword for every photo", "0/4", "0 of 2 photos"},
				{"Objective 3, photos made with Faker", "-/2", "cannot be told over the network: look at the pair's code"}, {"Total", "0/8"},
				{"Warning: the answer has no Access-Control-Allow-Origin header, so the partner's page cannot read it"}},
			{{"Objectif 1, une description pour chaque photo", "0/4", "0 sur 2 photos"}, {"Objectif 2, un mot-clé pour chaque photo", "0/4"},
				{"Objectif 3, des photos faites avec Faker", "-/2", "impossible à savoir par le réseau"}, {"Total", "0/8"},
				{"Attention : la réponse n'a pas d'en-tête Access-Control-Allow-Origin"}}}, nil},
		{"a complete server, given as the banner gives it (no /photos)", complete.URL, [2][][]string{
			{{"Grading sheet: " + complete.URL + "/photos"}, {"Objective 1", "4/4", "4 of 4 photos"}, {"Objective 2", "4/4"}, {"Total", "8/8"}},
			{{"Fiche d'évaluation : " + complete.URL + "/photos"}, {"Objectif 1", "4/4", "4 sur 4 photos"}, {"Total", "8/8"}}}, []string{"Warning", "Attention"}},
		{"an answer that is not a list", notAList.URL + "/photos", [2][][]string{
			{{"Objective 1", "0/4", "no photo graded: see above"}, {"Total", "0/8"}}, {{"Objectif 1", "0/4", "aucune photo notée : voyez plus haut"}}}, nil},
		{"a server that does not answer", gone.URL + "/photos", [2][][]string{
			{{"Objective 2", "0/4", "no photo graded: see above"}, {"Total", "0/8"}}, {{"Total", "0/8"}}}, nil},
	}
	for _, tt := range tests {
		for l, lang := range languages {
			t.Run(tt.name+" "+lang.Name, func(t *testing.T) {
				_, sheet := sheetOf(lang.P, RemoteSource(lang.P, tt.url), madeUp)
				for _, parts := range tt.sheet[l] {
					if lineWith(sheet, parts...) == "" {
						t.Errorf("the sheet has no line with %q:\n%s", parts, sheet)
					}
				}
				for _, s := range tt.not {
					if strings.Contains(sheet, s) {
						t.Errorf("the sheet says %q, and should not:\n%s", s, sheet)
					}
				}
			})
		}
	}
	for url, says := range map[string]string{
		notAList.URL + "/photos":                    `is not a JSON list of photos, [{...}, {...}]: it begins with "{\"photos\": []}"`,
		gone.URL + "/photos":                        "does not answer",
		original.URL + "/photos":                    "",
		"ftp://192.168.1.42:9000":                   "PHOTOS_URL must be an address such as http://192.168.1.42:9000/photos",
		strings.TrimPrefix(complete.URL, "http://"): "",
	} {
		if s := RemoteSource(en, url); !strings.Contains(s.problem, says) || (says == "") != (s.problem == "") {
			t.Errorf("%s: the problem is %q, want %q", url, s.problem, says)
		}
	}
	g := gradeField(en, RemoteSource(en, original.URL), photo.Description)
	if len(g.Problems) != 2 || g.Problems[0] != `photo 1 ("Chiot") sends no description: add one to each photo on that server` {
		t.Errorf("the problems are %q", g.Problems)
	}
}

func TestTheSheetGradesADataFileWithItsLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	testkit.SaveInPlace(t, path, "[\n  {\"title\": \"Chiot\", \"url\": \"https://e.org/1\", \"description\": \"Noir\", \"keyword\": \"chien\"},\n  {\"title\": \"Carlin\", \"url\": \"https://e.org/2\",\n   \"description\": \"Petit\"},\n  {\"title\": \"Morse\", \"url\": \"https://e.org/3\", \"description\": \"Gros\", \"keyword\": \"animal\"}\n]\n")
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.P, DataSource(lang.P, testkit.Schema(), path), madeUp)
		if g := grades[1]; g.Earned != 4 || g.Met != 3 || len(g.Problems) != 0 {
			t.Errorf("description: %+v, want 4/4, 3 of 3", g)
		}
		g := grades[2]
		want := []string{path + ` line 3: photo 2 ("Carlin") has no keyword: write one, "keyword": "..."`, // as the server says it
			path + ` ligne 3 : il manque le champ keyword à la photo 2 (« Carlin ») : écrivez-le, "keyword": "..."`}[l]
		if g.Earned != 0 || g.Met != 2 || g.Of != 3 || len(g.Problems) != 1 || g.Problems[0] != want {
			t.Errorf("%s: keyword: %+v, want 0/4, 2 of 3, and the problem %q", lang.Name, g, want)
		}
		if lineWith(sheet, "Total", "4/8") == "" || lineWith(sheet, "-/2") == "" {
			t.Errorf("%s: the total should be 4/8, Faker not told from a data file:\n%s", lang.Name, sheet)
		}
	}
	testkit.SaveInPlace(t, path, `[{"title": "a", "url": "u", "description": "d", "keyword": "k", "id": 1}, {"title": "b", "url": "u", "description": "d", "keyword": "k", "id": 1}]`)
	if s := DataSource(en, testkit.Schema(), path); gradeField(en, s, photo.Description).score(4).Earned != 4 || len(s.warnings) != 1 || !strings.Contains(s.warnings[0], "the server does not serve this file: "+path+" lines 1 and 1:") {
		t.Errorf("two photos with one id: the texts should be graded and the ids said, got warnings %q", s.warnings)
	}
	testkit.SaveInPlace(t, path, `[{"title": "a",}]`)
	s := DataSource(en, testkit.Schema(), path)
	if g := gradeField(en, s, photo.Keyword).score(4); g.Earned != 0 || !strings.Contains(g.Why, "line 1, column 16") {
		t.Errorf("a broken file: %+v, want 0 and why, with the line", g)
	}
}

func TestTheSheetPointsAtTheLineOfEachPhotoInPhotosGo(t *testing.T) {
	list := []Photo{{Title: "Chiot", URL: "https://e.org/1", Description: "Noir", Keyword: "chien"}, {Title: "Carlin", URL: "https://e.org/2", Keyword: "chien"}, {Title: "Morse", URL: "https://e.org/3", Description: "Gros"}}
	places := []photo.Place{{File: "photos.go", Line: 17}, {File: "photos.go", Line: 18},
		{File: "photos.go", Line: 19, Fields: map[string]photo.FieldAt{"keyword": {Line: 20, Key: "keyword"}}}}
	s := builtInSource(en, list, places)
	desc, key := gradeField(en, s, photo.Description).score(4), gradeField(en, s, photo.Keyword).score(4)
	if len(desc.Problems) != 1 || desc.Problems[0] != `photos.go:18: photo 2 ("Carlin") has no description: write one, Description: "...",` || desc.Met != 2 {
		t.Errorf("description: %+v", desc)
	}
	if len(key.Problems) != 1 || key.Problems[0] != `photos.go:20: the keyword of photo 3 ("Morse") is empty: write it between the quotes` {
		t.Errorf("keyword: %+v", key)
	}
}

func TestTwoPhotosOfPhotosGoWithOneIDAreSaidButTheTextsStillGraded(t *testing.T) {
	list := []Photo{{Title: "Chiot", URL: "u", Description: "d", Keyword: "k", ID: 7}, {Title: "Carlin", URL: "u", Description: "d", Keyword: "k", ID: 7}}
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.P, builtInSource(lang.P, list, []photo.Place{{File: "photos.go", Line: 18}, {File: "photos.go", Line: 20}}), madeUp)
		if grades[1].Earned != 4 || grades[2].Earned != 4 {
			t.Errorf("%s: the descriptions and keywords are all there, yet %+v", lang.Name, grades)
		}
		want := []string{`the server does not start: photos.go lines 18 and 20: photo 1 ("Chiot") and photo 2 ("Carlin") both have ID 7`,
			`le serveur ne démarre pas : photos.go lignes 18 et 20 : la photo 1 (« Chiot ») et la photo 2 (« Carlin ») ont toutes les deux l'ID 7`}[l]
		if !strings.Contains(sheet, want) {
			t.Errorf("%s: the sheet does not say %q:\n%s", lang.Name, want, sheet)
		}
	}
}

func TestAnEmptyListEarnsNoPoints(t *testing.T) {
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.P, builtInSource(lang.P, nil, nil), madeUp)
		why := []string{"there is no photo at all, so no photo has a description: add photos", "il n'y a aucune photo, donc aucune n'a le champ description : ajoutez des photos"}[l]
		if g := grades[1]; g.Earned != 0 || g.Why != why {
			t.Errorf("%s: an empty list earned %+v, want 0 and %q", lang.Name, g, why)
		}
		if lineWith(sheet, "2/10") == "" {
			t.Errorf("%s: the total of an empty list with Faker done should be 2/10:\n%s", lang.Name, sheet)
		}
	}
}

func TestTheFakerObjectiveWantsEveryFieldMadeUpByFaker(t *testing.T) {
	withSeed := func(change func(i int, seed int64, ph *Photo)) func(seed int64) ([]photo.Photo, error) {
		return func(seed int64) ([]photo.Photo, error) {
			made, err := madeUp(seed)
			list := make([]Photo, len(made))
			for i := range made {
				list[i] = *made[i].Value().(*Photo)
				change(i, seed, &list[i])
			}
			return testkit.Records(list), err
		}
	}
	noKeyword := withSeed(func(i int, seed int64, ph *Photo) { ph.Keyword, ph.Description = "", "" })
	g := gradeFaker(en, &Source{schema: testkit.Schema(), fakes: noKeyword}).score(2)
	if g.Earned != 0 || g.Met != 0 || len(g.Problems) != 2 || !strings.Contains(g.Problems[0], "the description field is empty in 50 photos made with faker: fill it with faker, such as Description: faker.Paragraph(),") || !strings.HasPrefix(g.Problems[0], "fake.go:") {
		t.Errorf("faker without description and keyword: %+v", g)
	}
	for name, change := range map[string]func(i int, seed int64, ph *Photo){
		"one keyword for all":           func(i int, seed int64, ph *Photo) { ph.Keyword = "chat" },
		"a numbered description":        func(i int, seed int64, ph *Photo) { ph.Description = fmt.Sprintf("Photo %d", i) },
		"keywords from a list, by hand": func(i int, seed int64, ph *Photo) { ph.Keyword = []string{"chat", "chien", "mer"}[i%3] },
	} {
		if g := gradeFaker(en, &Source{schema: testkit.Schema(), fakes: withSeed(change)}).score(2); g.Earned != 0 || len(g.Problems) != 1 || !strings.Contains(g.Problems[0], "field is not made up by faker: it stays the same with another seed; fill it with faker") {
			t.Errorf("%s: %+v, want 0/2 and why", name, g)
		}
	}
	if g := gradeFaker(en, &Source{schema: testkit.Schema(), fakes: withSeed(func(i int, seed int64, ph *Photo) { ph.Keyword += "!" })}).score(2); g.Earned != 2 {
		t.Errorf("a keyword made by faker, then changed: %+v, want 2/2", g)
	}
	if g := gradeFaker(en, &Source{schema: testkit.Schema(), fakes: madeUp}).score(2); g.Earned != 2 || g.Met != 50 {
		t.Errorf("a fake.go that fills every field: %+v, want 2/2", g)
	}
}

func TestEveryMessageOfTheSheetIsInBothLanguages(t *testing.T) {
	keys := testkit.MessageKeys(t, ".")
	for key, where := range keys {
		fr, ok := lang.FrenchOf(key)
		switch {
		case lang.IsCounted(key):
		case !ok || fr == "":
			t.Errorf("%s: %q has no French: add it to messages_fr.go", where, key)
		case testkit.Verbs(key) != testkit.Verbs(fr):
			t.Errorf("%s: %q and its French %q do not have the same %%s, %%d... in the same order", where, key, fr)
		}
	}
	for key := range french {
		if _, used := keys[key]; !used {
			t.Errorf("messages_fr.go translates %q, which the sheet no longer writes: remove it", key)
		}
	}
}
