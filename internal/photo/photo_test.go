package photo_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

func TestTheSchemaFindsTheFiveFieldsByTheirJSONNames(t *testing.T) {
	s := testkit.Schema()
	for r, want := range map[photo.Role]string{photo.ID: "id", photo.URL: "url", photo.Title: "title", photo.Description: "description", photo.Keyword: "keyword"} {
		if s.Name(r) != want || s.Name(r) != r.String() {
			t.Errorf("the %s is sent as %q, want %q", r, s.Name(r), want)
		}
	}
	if got := strings.Join(s.Names, " "); got != "id url title description keyword" {
		t.Errorf("the fields are %q, in encoding/json's order", got)
	}
	if renamed := s.Renamed(); renamed != nil {
		t.Errorf("photos.go as handed out renames %v", renamed)
	}
}

// A student's own Photo types, as they may write them.
type (
	withTags struct {
		ID          int      `json:"id"`
		URL         string   `json:"url"`
		Title       string   `json:"title"`
		Description string   `json:"description"`
		Keyword     string   `json:"keyword"`
		Tags        []string `json:"tags"`
		secret      string
		Hidden      string `json:"-"`
	}
	renamed struct {
		ID          int
		URL         string `json:"image"`
		Title       string `json:"title"`
		Description string `json:"desc,omitempty"`
		Keyword     string `json:"keyword"`
	}
	severalKeywords struct {
		ID          int      `json:"id"`
		URL         string   `json:"url"`
		Title       string   `json:"title"`
		Description string   `json:"description"`
		Keyword     []string `json:"keyword"`
	}
	textID struct {
		ID          string `json:"id"`
		URL         string `json:"url"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Keyword     string `json:"keyword"`
	}
	noKeyword struct {
		ID          int    `json:"id"`
		URL         string `json:"url"`
		Title       string `json:"title"`
		Description string `json:"description"`
	}
	withFunc struct {
		ID          int    `json:"id"`
		URL         string `json:"url"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Keyword     string `json:"keyword"`
		Show        func()
	}
	smallID struct {
		ID          int8   `json:"id"`
		URL         string `json:"url"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Keyword     string `json:"keyword"`
	}
	titleAsURL struct {
		ID          int    `json:"id"`
		Title       string `json:"url"`
		Description string `json:"description"`
		Keyword     string `json:"keyword"`
	}
	embedsPointer struct {
		*base
		Title       string `json:"title"`
		Description string `json:"description"`
		Keyword     string `json:"keyword"`
	}
	taggedInner struct {
		ID          int    `json:"id"`
		URL         string `json:"url"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Keyword     string `json:"keyword"`
		base        `json:"inner"`
		Extra       string `json:"extra"`
	}
	base struct {
		ID  int    `json:"id"`
		URL string `json:"url"`
	}
	embedded struct {
		base
		Title       string `json:"title"`
		Description string `json:"description"`
		Keyword     string `json:"keyword"`
	}
)

// twoTitles is a Photo with two fields tagged "title" (made by reflect, since go vet
// rightly refuses such a type written out).
var twoTitles = reflect.StructOf([]reflect.StructField{
	{Name: "ID", Type: reflect.TypeFor[int](), Tag: `json:"id"`},
	{Name: "URL", Type: reflect.TypeFor[string](), Tag: `json:"url"`},
	{Name: "Title", Type: reflect.TypeFor[string](), Tag: `json:"title"`},
	{Name: "Name", Type: reflect.TypeFor[string](), Tag: `json:"title"`},
	{Name: "Description", Type: reflect.TypeFor[string](), Tag: `json:"description"`},
	{Name: "Keyword", Type: reflect.TypeFor[string](), Tag: `json:"keyword"`},
})

func TestAFieldAStudentAddsIsKnownAndTheHiddenOnesAreNot(t *testing.T) {
	s, err := photo.Of(reflect.TypeFor[withTags]())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.Names, " "); got != "id url title description keyword tags" {
		t.Errorf("the fields are %q, want the five and tags, not secret or Hidden (%q)", got, withTags{}.secret)
	}
	if again, _ := photo.Of(reflect.TypeFor[withTags]()); again != s {
		t.Errorf("a type is read twice: its schema should be read once")
	}
	e, err := photo.Of(reflect.TypeFor[embedded]())
	if err != nil || e.Name(photo.ID) != "id" || e.Name(photo.URL) != "url" {
		t.Errorf("the fields of an embedded struct are sent at the top: %v, %v", e, err)
	}
	inner, err := photo.Of(reflect.TypeFor[taggedInner]())
	if err != nil || strings.Join(inner.Names, " ") != "id url title description keyword extra" {
		t.Errorf("an embedded struct with a json tag is one field, as encoding/json sends it: %v, %v", inner.Names, err)
	}
}

func TestARenamedTagIsFollowedAndReported(t *testing.T) {
	s, err := photo.Of(reflect.TypeFor[renamed]())
	if err != nil {
		t.Fatal(err)
	}
	if s.Name(photo.URL) != "image" || s.Name(photo.Description) != "desc" || s.Name(photo.ID) != "ID" {
		t.Errorf("the renamed fields are sent as %q, %q and %q", s.Name(photo.URL), s.Name(photo.Description), s.Name(photo.ID))
	}
	if got := fmt.Sprint(s.Renamed()); got != "[id url description]" {
		t.Errorf("Renamed says %s, want [id url description]", got)
	}
	code, err := photo.CodeOf([]renamed{{URL: "https://e.org/1", Title: "Chiot", Description: "Noir"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ph := code.List()[0]
	if ph.URL != "https://e.org/1" || ph.Description != "Noir" {
		t.Errorf("the record reads the renamed fields as %+v", ph)
	}
	code.Schema.SetID(&ph, 7)
	b, _ := json.Marshal(ph.Value())
	if string(b) != `{"ID":7,"image":"https://e.org/1","title":"Chiot","desc":"Noir","keyword":""}` {
		t.Errorf("the photo is sent as %s", b)
	}
}

func TestATypeTheEngineCannotServeIsOneSentenceNamingTheField(t *testing.T) {
	tests := []struct {
		t    reflect.Type
		want [2]string
	}{
		{reflect.TypeFor[severalKeywords](), [2]string{"photos.go: the field Keyword of Photo must be a text (string), not []string: write Keyword string `json:\"keyword\"`",
			"photos.go : le champ Keyword de Photo doit être un texte (string), pas []string : écrivez Keyword string `json:\"keyword\"`"}},
		{reflect.TypeFor[textID](), [2]string{"photos.go: the field ID of Photo must be a whole number (int), not string: write ID int `json:\"id\"`",
			"photos.go : le champ ID de Photo doit être un nombre entier (int), pas string"}},
		{reflect.TypeFor[smallID](), [2]string{"photos.go: the field ID of Photo must be a whole number (int), not int8", "photos.go : le champ ID de Photo doit être un nombre entier (int), pas int8"}},
		{reflect.TypeFor[titleAsURL](), [2]string{`photos.go: the field Title of Photo is sent as "url", the name of the url: give it back its own name, json:"title"`,
			`photos.go : le champ Title de Photo est envoyé sous le nom « url », celui du champ url : rendez-lui son propre nom, json:"title"`}},
		{reflect.TypeFor[embedsPointer](), [2]string{"photos.go: Photo embeds *base, a pointer: embed base itself, or write its fields in Photo", "photos.go : Photo contient *base, un pointeur"}},
		{reflect.TypeFor[noKeyword](), [2]string{"photos.go: the type Photo has no keyword field, which every photo needs: put it back in the type, Keyword string `json:\"keyword\"`",
			"photos.go : le type Photo n'a pas de champ keyword"}},
		{twoTitles, [2]string{`photos.go: the fields Title and Name of Photo are both sent as "title"`, `photos.go : les champs Title et Name de Photo sont tous les deux envoyés sous le nom « title »`}},
		{reflect.TypeFor[withFunc](), [2]string{"photos.go: the type Photo cannot be sent as JSON", "photos.go : le type Photo ne peut pas être envoyé en JSON"}},
		{reflect.TypeFor[string](), [2]string{"photos.go: Photo must be a struct", "photos.go : Photo doit être une structure"}},
	}
	for _, tt := range tests {
		_, err := photo.Of(tt.t)
		var bad *photo.SchemaError
		if !errors.As(err, &bad) {
			t.Errorf("%v: got %v, want a *SchemaError", tt.t, err)
			continue
		}
		for l, p := range testkit.Languages {
			if got := bad.Explain(p.P); !strings.HasPrefix(got, tt.want[l]) || strings.Contains(got, "\n") {
				t.Errorf("%v %s: %q, want one sentence starting %q", tt.t, p.Name, got, tt.want[l])
			}
		}
	}
}

func TestTheRecordIsACopyOfItsOwn(t *testing.T) {
	list := []testkit.Photo{{Title: "Chiot", URL: "u", Description: "d", Keyword: "k"}}
	code := testkit.Code(list, nil)
	first, second := code.List()[0], code.List()[0]
	code.Schema.SetID(&first, 3)
	if first.ID != 3 || testkit.PhotoOf(first).ID != 3 {
		t.Errorf("SetID gave %d, and %d to the value", first.ID, testkit.PhotoOf(first).ID)
	}
	if testkit.PhotoOf(second).ID != 0 || list[0].ID != 0 {
		t.Errorf("numbering one record changed another, or the students' list")
	}
	if code.CanFake() {
		t.Errorf("a code without fakePhoto says it can fake")
	}
}

func TestTheLinesOfGoFilesAreFoundByTheirFields(t *testing.T) {
	s := testkit.Schema()
	dir := t.TempDir()
	photosGo, fakeGo := filepath.Join(dir, "photos.go"), filepath.Join(dir, "fake.go")
	testkit.SaveInPlace(t, photosGo, "package main\n\ntype Photo struct {\n\tID int\n\tKeyword string `json:\"keyword\"`\n}\n\n// photos...\nvar photos = []Photo{\n\t{Title: \"a\"},\n\n\t{Title: \"b\",\n\t\tURL: \"u\"},\n}\n")
	testkit.SaveInPlace(t, fakeGo, "package main\n\nfunc fakePhoto(n int, seed int64) Photo {\n\tx := 1\n\treturn Photo{\n\t\tTitle: \"t\",\n\t}\n}\n")
	if got := fmt.Sprint(s.GoPlaces(photosGo)); got != fmt.Sprintf("[{%[1]s 10 map[title:{10 title}]} {%[1]s 12 map[title:{12 title} url:{13 url}]}]", photosGo) {
		t.Errorf("go/parser finds the photos at %s, want lines 10 and 12 with their fields", got)
	}
	if at, found := s.GoPlace(fakeGo); !found || at.Line != 5 || at.Fields["title"].Line != 6 {
		t.Errorf("the Photo{...} of fake.go is found at %+v, want line 5, its title at 6", at)
	}
	if got := s.GoFieldWhere(photosGo, "Keyword"); got != photosGo+":5" {
		t.Errorf("the field Keyword of the type is at %s, want line 5", got)
	}
	none := filepath.Join(dir, "none.go")
	if _, found := s.GoPlace(none); s.GoPlaces(none) != nil || found || s.GoFieldWhere(none, "ID") != none {
		t.Errorf("a file that is not there has lines")
	}
}

func TestAMissingTextIsOneSentenceAtItsLine(t *testing.T) {
	s := testkit.Schema()
	goAt := photo.Place{File: "photos.go", Line: 17, Fields: map[string]photo.FieldAt{"keyword": {Line: 18, Key: "keyword"}}}
	jsonAt := photo.Place{File: "photos.json", Line: 3, Fields: map[string]photo.FieldAt{"description": {Line: 4, Key: "descripton"}}}
	tests := []struct {
		r    photo.Role
		at   photo.Place
		want [2]string
	}{
		{photo.Description, goAt, [2]string{`photos.go:17: photo 2 ("Chiot") has no description: add Description: then, between quotes, what the picture shows, in a sentence of your own`,
			`photos.go:17 : il manque le champ description à la photo 2 (« Chiot ») : ajoutez Description: puis, entre guillemets, ce que montre l'image, dans une phrase à vous`}},
		{photo.Keyword, goAt, [2]string{`photos.go:18: the keyword of photo 2 ("Chiot") is empty: write between the quotes one word that names what the picture shows, such as chien or montagne`,
			`photos.go:18 : le champ keyword de la photo 2 (« Chiot ») est vide : écrivez entre les guillemets un mot qui nomme ce que montre l'image, comme chien ou montagne`}},
		{photo.Keyword, jsonAt, [2]string{`photos.json line 3: photo 2 ("Chiot") has no keyword: add "keyword": then, between quotes, one word that names what the picture shows, such as chien or montagne`,
			`photos.json ligne 3 : il manque le champ keyword à la photo 2 (« Chiot ») : ajoutez "keyword": puis, entre guillemets, un mot qui nomme ce que montre l'image, comme chien ou montagne`}},
		{photo.Description, jsonAt, [2]string{`photos.json line 4: photo 2 ("Chiot") writes "descripton", which is not a field: did you mean "description"?`, `photos.json ligne 4 : la photo 2 (« Chiot ») écrit « descripton », qui n'est pas un champ : vouliez-vous dire « description » ?`}},
		{photo.Title, photo.Place{}, [2]string{`photo 2 ("Chiot") has no title: add "title": then, between quotes, a short title of your own`, `il manque le champ title à la photo 2 (« Chiot ») : ajoutez "title": puis, entre guillemets, un titre court, à vous`}},
	}
	for _, tt := range tests {
		for l, p := range testkit.Languages {
			if got := s.Missing(p.P, lang.PhotoLabel(p.P, 1, "Chiot"), tt.r, tt.at); got != tt.want[l] {
				t.Errorf("%s: got\n%s\nwant\n%s", p.Name, got, tt.want[l])
			}
		}
	}
}

func TestTheCheckerSaysEmptyTextsAndCopiesOnce(t *testing.T) {
	s := testkit.Schema()
	chiot := testkit.Photo{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir sur un parquet.", Keyword: "chien"}
	list := testkit.Records([]testkit.Photo{chiot, {Title: "Carlin", URL: "https://e.org/2"}, chiot, chiot})
	check := s.NewChecker(nil)
	var said []string
	for i := range list {
		said = append(said, photo.Sentences(lang.English, check.Photo(i, &list[i], photo.Place{File: "photos.go", Line: 20 + i}))...)
	}
	want := []string{
		`photos.go:21: photo 2 ("Carlin") has no description: add Description: then, between quotes, what the picture shows, in a sentence of your own`,
		`photos.go:21: photo 2 ("Carlin") has no keyword: add Keyword: then, between quotes, one word that names what the picture shows, such as chien or montagne`,
		`photos.go:22: photo 3 ("Chiot") is the same as photo 1 ("Chiot"): change its texts, or remove it`,
		`photos.go:23: photo 4 ("Chiot") is the same as photo 1 ("Chiot"): change its texts, or remove it`,
	}
	if strings.Join(said, "\n") != strings.Join(want, "\n") {
		t.Errorf("the checker says\n%s\nwant\n%s", strings.Join(said, "\n"), strings.Join(want, "\n"))
	}
}

func TestAListOrMapLeftNilIsSentEmptyNotNull(t *testing.T) {
	type tagged struct {
		testkit.Photo                   // embedded: its fields are sent as this type's, as encoding/json does
		Tags          []string          `json:"tags"`
		Notes         map[string]string `json:"notes"`
		Raw           []byte            `json:"raw"`
		Kept          []string          `json:"kept"`
	}
	code, err := photo.CodeOf([]tagged{{Photo: testkit.Photo{Title: "Chat"}, Kept: []string{"chat"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(code.List()[0].Value())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"tags":[]`, `"notes":{}`, `"raw":null`, `"kept":["chat"]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("sent %s, want %s in it", b, want)
		}
	}
}
