package grading

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"photoserver/internal/catalog"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
	"slices"
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
		// A server that sends everything, as this one does (texts that count: no HTML).
		complete := slices.Clone(testkit.SamplePhotos)
		complete[0].Description = "Un chiot noir et son os"
		c, _ := catalog.New(testkit.Schema(), testkit.Records(complete))
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
	testkit.SaveInPlace(t, path, "[\n  {\"title\": \"Chiot\", \"url\": \"https://e.org/1\", \"description\": \"Un chiot noir.\", \"keyword\": \"chien\"},\n  {\"title\": \"Carlin\", \"url\": \"https://e.org/2\",\n   \"description\": \"Un petit carlin.\"},\n  {\"title\": \"Morse\", \"url\": \"https://e.org/3\", \"description\": \"Un gros morse.\", \"keyword\": \"animal\"}\n]\n")
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.P, DataSource(lang.P, testkit.Schema(), path), madeUp)
		if g := grades[1]; g.Earned != 4 || g.Met != 3 || len(g.Problems) != 0 {
			t.Errorf("description: %+v, want 4/4, 3 of 3", g)
		}
		g := grades[2]
		want := []string{path + ` line 3: photo 2 ("Carlin") has no keyword: add "keyword": then, between quotes, one word that names what the picture shows, such as chien or montagne`, // as the server says it
			path + ` ligne 3 : il manque le champ keyword à la photo 2 (« Carlin ») : ajoutez "keyword": puis, entre guillemets, un mot qui nomme ce que montre l'image, comme chien ou montagne`}[l]
		if g.Earned != 0 || g.Met != 2 || g.Of != 3 || len(g.Problems) != 1 || g.Problems[0] != want {
			t.Errorf("%s: keyword: %+v, want 0/4, 2 of 3, and the problem %q", lang.Name, g, want)
		}
		if lineWith(sheet, "Total", "4/8") == "" || lineWith(sheet, "-/2") == "" {
			t.Errorf("%s: the total should be 4/8, Faker not told from a data file:\n%s", lang.Name, sheet)
		}
	}
	testkit.SaveInPlace(t, path, `[{"title": "a", "url": "https://e.org/1", "description": "Un chat", "keyword": "chat", "id": 1}, {"title": "b", "url": "https://e.org/2", "description": "Un chien", "keyword": "chien", "id": 1}]`)
	if g := gradeField(en, DataSource(en, testkit.Schema(), path), photo.Description).score(4); g.Earned != 0 || !strings.Contains(g.Why, "the server does not serve this file, so the partner's page gets no photo: "+path+" lines 1 and 1:") {
		t.Errorf("two photos with one id: the file is not served, so nothing is earned; got %+v", g)
	}
	testkit.SaveInPlace(t, path, `[{"title": "a",}]`)
	s := DataSource(en, testkit.Schema(), path)
	if g := gradeField(en, s, photo.Keyword).score(4); g.Earned != 0 || !strings.Contains(g.Why, "line 1, column 16") {
		t.Errorf("a broken file: %+v, want 0 and why, with the line", g)
	}
}

func TestTheSheetPointsAtTheLineOfEachPhotoInPhotosGo(t *testing.T) {
	list := []Photo{{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir.", Keyword: "chien"}, {Title: "Carlin", URL: "https://e.org/2", Keyword: "chien"}, {Title: "Morse", URL: "https://e.org/3", Description: "Un gros morse."}}
	places := []photo.Place{{File: "photos.go", Line: 17}, {File: "photos.go", Line: 18},
		{File: "photos.go", Line: 19, Fields: map[string]photo.FieldAt{"keyword": {Line: 20, Key: "keyword"}}}}
	s := builtInSource(en, list, places)
	desc, key := gradeField(en, s, photo.Description).score(4), gradeField(en, s, photo.Keyword).score(4)
	if len(desc.Problems) != 1 || desc.Problems[0] != `photos.go:18: photo 2 ("Carlin") has no description: add Description: then, between quotes, what the picture shows, in a sentence of your own` || desc.Met != 2 {
		t.Errorf("description: %+v", desc)
	}
	if len(key.Problems) != 1 || key.Problems[0] != `photos.go:20: the keyword of photo 3 ("Morse") is empty: write between the quotes one word that names what the picture shows, such as chien or montagne` {
		t.Errorf("keyword: %+v", key)
	}
}

func TestTwoPhotosOfPhotosGoWithOneIDEarnNothingSinceTheServerDoesNotStart(t *testing.T) {
	list := []Photo{{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir", Keyword: "chien", ID: 7}, {Title: "Carlin", URL: "https://e.org/2", Description: "Un carlin", Keyword: "chien", ID: 7}}
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.P, builtInSource(lang.P, list, []photo.Place{{File: "photos.go", Line: 18}, {File: "photos.go", Line: 20}}), madeUp)
		want := []string{`the server does not start, so the partner's page gets no photo: photos.go lines 18 and 20: photo 1 ("Chiot") and photo 2 ("Carlin") both have ID 7`,
			`le serveur ne démarre pas, donc la page du binôme ne reçoit aucune photo : photos.go lignes 18 et 20 : la photo 1 (« Chiot ») et la photo 2 (« Carlin ») ont toutes les deux l'ID 7`}[l]
		for _, n := range []int{1, 2} {
			if g := grades[n]; g.Earned != 0 || !strings.HasPrefix(g.Why, want) {
				t.Errorf("%s: objective %d earned %d with why %q, want 0 and %q", lang.Name, n, g.Earned, g.Why, want)
			}
		}
		if lineWith(sheet, "Total", "2/10") == "" {
			t.Errorf("%s: want a total of 2/10 (Faker only):\n%s", lang.Name, sheet)
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
				list[i] = testkit.PhotoOf(made[i])
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
	testkit.FrenchIsComplete(t, french, "the sheet", ".")
}

func TestATextThatSaysNothingEarnsNothingFromEverySource(t *testing.T) {
	list := []Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "...", Keyword: "chien"},
		{Title: "Carlin", URL: "https://e.org/2", Description: "Un carlin dans sa couverture.", Keyword: "TODO"},
		{Title: "Morse", URL: "https://e.org/3", Description: "Un morse sur la glace.", Keyword: "Mot-clé"},
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "photos.json")
	testkit.SaveInPlace(t, path, `[
  {"title": "Chiot", "url": "https://e.org/1", "description": "...", "keyword": "chien"},
  {"title": "Carlin", "url": "https://e.org/2", "description": "Un carlin dans sa couverture.", "keyword": "TODO"},
  {"title": "Morse", "url": "https://e.org/3", "description": "Un morse sur la glace.", "keyword": "Mot-clé"}
]
`)
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = io.WriteString(w, `[{"title": "Chiot", "url": "https://e.org/1", "description": "...", "keyword": "chien"},
			{"title": "Carlin", "url": "https://e.org/2", "description": "Un carlin dans sa couverture.", "keyword": "TODO"},
			{"title": "Morse", "url": "https://e.org/3", "description": "Un morse sur la glace.", "keyword": "Mot-clé"}]`)
	}))
	defer remote.Close()
	for l, lang := range languages {
		sources := map[string]*Source{
			"photos.go":   builtInSource(lang.P, list, []photo.Place{{File: "photos.go", Line: 21}, {File: "photos.go", Line: 22}, {File: "photos.go", Line: 23}}),
			"a data file": DataSource(lang.P, testkit.Schema(), path),
			"a server":    RemoteSource(lang.P, remote.URL),
		}
		wants := map[string][2][2]string{ // the description's line, then the keyword's first line
			"photos.go": {{`photos.go:21: the description of photo 1 ("Chiot"), "...", says nothing: write instead what the picture shows, in a sentence of your own`,
				`photos.go:21 : le champ description de la photo 1 (« Chiot »), « ... », ne dit rien : écrivez plutôt ce que montre l'image, dans une phrase à vous`},
				{`photos.go:22: the keyword of photo 2 ("Carlin"), "TODO", says nothing: write instead one word that names what the picture shows, such as chien or montagne`,
					`photos.go:22 : le champ keyword de la photo 2 (« Carlin »), « TODO », ne dit rien : écrivez plutôt un mot qui nomme ce que montre l'image, comme chien ou montagne`}},
			"a data file": {{path + ` line 2: the description of photo 1 ("Chiot"), "...", says nothing`, path + ` ligne 2 : le champ description de la photo 1 (« Chiot »), « ... », ne dit rien`},
				{path + ` line 3: the keyword of photo 2 ("Carlin"), "TODO", says nothing`, path + ` ligne 3 : le champ keyword de la photo 2 (« Carlin »), « TODO », ne dit rien`}},
			"a server": {{`photo 1 ("Chiot") sends "..." as its description, which says nothing: that server should send what the picture shows, in a sentence of your own`,
				`la photo 1 (« Chiot ») envoie « ... » comme description, ce qui ne dit rien : ce serveur devrait envoyer ce que montre l'image, dans une phrase à vous`},
				{`photo 2 ("Carlin") sends "TODO" as its keyword, which says nothing`, `la photo 2 (« Carlin ») envoie « TODO » comme keyword, ce qui ne dit rien`}},
		}
		for name, s := range sources {
			grades := GradeAll(lang.P, s)
			desc, key := grades[1], grades[2]
			want := wants[name]
			if desc.Earned != 0 || desc.Met != 2 || len(desc.Problems) != 1 || !strings.HasPrefix(desc.Problems[0], want[0][l]) {
				t.Errorf("%s, %s: description %+v, want 0/4, 2 of 3, and %q", name, lang.Name, desc, want[0][l])
			}
			if key.Earned != 0 || key.Met != 1 || len(key.Problems) != 2 || !strings.HasPrefix(key.Problems[0], want[1][l]) || !strings.Contains(key.Problems[1], "Mot-clé") {
				t.Errorf("%s, %s: keyword %+v, want 0/4, 1 of 3, and %q then Mot-clé", name, lang.Name, key, want[1][l])
			}
		}
	}
}

func TestTheSameDescriptionOnEveryPhotoEarnsNothing(t *testing.T) {
	list := []Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "Une belle photo d'animal.", Keyword: "chien"},
		{Title: "Carlin", URL: "https://e.org/2", Description: "Une belle photo d'animal.", Keyword: "chien"},
	}
	for l, lang := range languages {
		g := GradeAll(lang.P, builtInSource(lang.P, list, []photo.Place{{File: "photos.go", Line: 21}, {File: "photos.go", Line: 22}}))[1]
		want := []string{`photos.go:22: photo 2 ("Carlin") has the same description as every other photo: write what the picture shows, in a sentence of your own, for this picture`,
			`photos.go:22 : la photo 2 (« Carlin ») a le même champ description que toutes les autres photos : écrivez ce que montre l'image, dans une phrase à vous, pour cette image-là`}[l]
		if g.Earned != 0 || g.Met != 0 || len(g.Problems) != 2 || g.Problems[1] != want {
			t.Errorf("%s: %+v, want 0/4 and %q", lang.Name, g, want)
		}
	}
	one := GradeAll(en, builtInSource(en, list[:1], nil))[1]
	if one.Earned != 4 {
		t.Errorf("a list of one photo has, of course, one description: %+v", one)
	}
}

func TestAURLThePageCannotShowIsAWarningThatCostsNoPoint(t *testing.T) {
	list := []Photo{
		{Title: "Chiot", URL: `C:\Users\eleve\Images\chien.jpg`, Description: "Un chiot noir.", Keyword: "chien"},
		{Title: "Chat", URL: "chat.jpg", Description: "Un chat gris.", Keyword: "chat"},
		{Title: "Lac", URL: "www.example.com/lac.png", Description: "Un lac calme.", Keyword: "lac"},
	}
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.P, builtInSource(lang.P, list, nil), madeUp)
		if grades[1].Earned != 4 || grades[2].Earned != 4 {
			t.Errorf("%s: a url costs points: %+v", lang.Name, grades)
		}
		for _, want := range [][]string{{`Warning: photos.go: the url of photo 1 ("Chiot"), "C:\\Users\\eleve\\Images\\chien.jpg", is a file of this computer`, `names a picture of the images folder, which has none`, `does not start with https:// or http://`},
			{`Attention : photos.go : l'url de la photo 1 (« Chiot »), « C:\Users\eleve\Images\chien.jpg », est un fichier de cet ordinateur`, `nomme une image du dossier images, qui n'en contient aucune`, `ne commence pas par https:// ou http://`}}[l] {
			if !strings.Contains(sheet, want) {
				t.Errorf("%s: the sheet does not say %q:\n%s", lang.Name, want, sheet)
			}
		}
		if total, warning := strings.Index(sheet, "Total"), strings.Index(sheet, []string{"Warning", "Attention"}[l]); warning < total {
			t.Errorf("%s: the url warnings should come under the objectives:\n%s", lang.Name, sheet)
		}
	}
}

// renamed is a Photo whose description a student sends under another name.
type renamed struct {
	ID          int    `json:"id"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Description string `json:"desc"`
	Keyword     string `json:"keyword"`
}

func TestARenamedTagIsSaidAsSuchNotAsAnEmptyText(t *testing.T) {
	code, err := photo.CodeOf([]renamed{{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir.", Keyword: "chien"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for l, lang := range languages {
		g := GradeAll(lang.P, CodeSource(lang.P, code, nil))[1]
		want := []string{`photos.go: the description is sent as "desc", so the partner's page, which reads photo.description, finds none: put back json:"description" on the field Description`,
			`photos.go : le champ description est envoyé sous le nom « desc », donc la page du binôme, qui lit photo.description, n'en trouve aucun : remettez json:"description" sur le champ Description`}[l]
		if g.Earned != 0 || g.Why != want || len(g.Problems) != 0 {
			t.Errorf("%s: %+v, want 0/4 and %q", lang.Name, g, want)
		}
	}
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = io.WriteString(w, `[{"title": "Chiot", "url": "https://e.org/1", "desc": "Un chiot noir.", "keyword": "chien"}]`)
	}))
	defer remote.Close()
	if g := GradeAll(en, RemoteSource(en, remote.URL))[1]; len(g.Problems) != 1 || g.Problems[0] != `photo 1 ("Chiot") sends "desc", not "description": the partner's page reads photo.description, so rename it on that server` {
		t.Errorf("a server that sends desc: %+v", g)
	}
}

func TestTheHeadingNamesWhatItGraded(t *testing.T) {
	wd, _ := os.Getwd()
	path := filepath.Join(t.TempDir(), "photos.json")
	testkit.SaveInPlace(t, path, `[]`)
	for l, lang := range languages {
		for _, tt := range []struct {
			s    *Source
			want [2]string
		}{
			{CodeSource(lang.P, testkit.Code(testkit.SamplePhotos, testkit.MadeUpPhoto), nil), [2]string{"Grading sheet: the folder " + wd + ": its photos.go, and its fake.go for Faker", "Fiche d'évaluation : le dossier " + wd + " : son photos.go, et son fake.go pour Faker"}},
			{DataSource(lang.P, testkit.Schema(), path), [2]string{"Grading sheet: the data file " + path, "Fiche d'évaluation : le fichier de données " + path}},
			{RemoteSource(lang.P, "127.0.0.1:1"), [2]string{"Grading sheet: http://127.0.0.1:1/photos", "Fiche d'évaluation : http://127.0.0.1:1/photos"}},
		} {
			if _, sheet := sheetOf(lang.P, tt.s, madeUp); lineWith(sheet, tt.want[l]) == "" {
				t.Errorf("%s: the sheet's heading is not %q:\n%s", lang.Name, tt.want[l], sheet)
			}
		}
	}
}

func TestADescriptionThatRepeatsTheTitleEarnsNothingFromEverySource(t *testing.T) {
	list := []Photo{
		{Title: "Chat noir", URL: "https://e.org/1", Description: "Chat noir.", Keyword: "chat"},
		{Title: "Carlin", URL: "https://e.org/2", Description: "Un carlin dans sa couverture.", Keyword: "Carlin"}, // a keyword may be the title
	}
	const sent = `[{"title": "Chat noir", "url": "https://e.org/1", "description": "Chat noir.", "keyword": "chat"},
  {"title": "Carlin", "url": "https://e.org/2", "description": "Un carlin dans sa couverture.", "keyword": "Carlin"}]`
	path := filepath.Join(t.TempDir(), "photos.json")
	testkit.SaveInPlace(t, path, sent)
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = io.WriteString(w, sent)
	}))
	defer remote.Close()
	for l, lang := range languages {
		sources := map[string]*Source{
			"photos.go":   builtInSource(lang.P, list, []photo.Place{{File: "photos.go", Line: 21}, {File: "photos.go", Line: 22}}),
			"a data file": DataSource(lang.P, testkit.Schema(), path),
			"a server":    RemoteSource(lang.P, remote.URL),
		}
		wants := map[string][2]string{
			"photos.go": {`photos.go:21: the description of photo 1 ("Chat noir") only repeats its title: write instead what the picture shows, in a sentence of your own`,
				`photos.go:21 : le champ description de la photo 1 (« Chat noir ») ne fait que répéter son titre : écrivez plutôt ce que montre l'image, dans une phrase à vous`},
			"a data file": {path + ` line 1: the description of photo 1 ("Chat noir") only repeats its title`, path + ` ligne 1 : le champ description de la photo 1 (« Chat noir ») ne fait que répéter son titre`},
			"a server": {`photo 1 ("Chat noir") sends its title again as its description: that server should send what the picture shows`,
				`la photo 1 (« Chat noir ») renvoie son titre comme description : ce serveur devrait envoyer ce que montre l'image`},
		}
		for name, s := range sources {
			grades := GradeAll(lang.P, s)
			desc, key := grades[1], grades[2]
			if desc.Earned != 0 || desc.Met != 1 || len(desc.Problems) != 1 || !strings.HasPrefix(desc.Problems[0], wants[name][l]) {
				t.Errorf("%s, %s: description %+v, want 0/4, 1 of 2, and %q", name, lang.Name, desc, wants[name][l])
			}
			if key.Earned != 4 {
				t.Errorf("%s, %s: a keyword that is the title counts: %+v", name, lang.Name, key)
			}
		}
	}
}

func TestAServerThatSendsAnEmptyKeywordBesideTagsIsSaidToSendNoKeyword(t *testing.T) {
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = io.WriteString(w, `[{"title": "Chiot", "url": "https://e.org/1", "description": "Un chiot noir.", "keyword": "", "tags": ["chien"]}]`)
	}))
	defer remote.Close()
	g := GradeAll(en, RemoteSource(en, remote.URL))[2]
	want := `photo 1 ("Chiot") sends no keyword: add one to each photo on that server`
	if g.Earned != 0 || len(g.Problems) != 1 || g.Problems[0] != want {
		t.Errorf("keyword %+v, want 0/4 and %q (its tags are another field, not its keyword renamed)", g, want)
	}
}

func TestAServerThatSendsAnEmptyDescriptionBesideDescIsToldToRenameIt(t *testing.T) {
	remote := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = io.WriteString(w, `[{"title": "Chiot", "url": "https://e.org/1", "description": "", "desc": "Un chiot noir.", "keyword": "chien"}]`)
	}))
	defer remote.Close()
	g := GradeAll(en, RemoteSource(en, remote.URL))[1]
	want := `photo 1 ("Chiot") sends "desc", not "description"`
	if g.Earned != 0 || len(g.Problems) != 1 || !strings.HasPrefix(g.Problems[0], want) {
		t.Errorf("description %+v, want 0/4 and %q", g, want)
	}
}

func TestADescriptionCopiedOnSomePhotosEarnsNothingOnThem(t *testing.T) {
	list := []Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir sur un parquet.", Keyword: "chien"},
		{Title: "Carlin", URL: "https://e.org/2", Description: "Une belle photo prise en vacances", Keyword: "chien"},
		{Title: "Lac", URL: "https://e.org/3", Description: "Une belle photo prise en vacances.", Keyword: "lac"},
	}
	for l, lang := range languages {
		g := GradeAll(lang.P, builtInSource(lang.P, list, []photo.Place{{File: "photos.go", Line: 21}, {File: "photos.go", Line: 22}, {File: "photos.go", Line: 23}}))[1]
		want := []string{`photos.go:23: photo 3 ("Lac") has the same description as photo 2 ("Carlin"): write what the picture shows, in a sentence of your own, for this picture`,
			`photos.go:23 : la photo 3 (« Lac ») a le même champ description que la photo 2 (« Carlin ») : écrivez ce que montre l'image, dans une phrase à vous, pour cette image-là`}[l]
		if g.Earned != 0 || g.Met != 2 || len(g.Problems) != 1 || g.Problems[0] != want {
			t.Errorf("%s: %+v, want 0/4, 2 of 3 (the first of the two counts, as the server says), and %q", lang.Name, g, want)
		}
	}
}
