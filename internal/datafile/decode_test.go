package datafile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"photoserver/internal/catalog"
	"photoserver/internal/testkit"
)

// decodeOK decodes content and builds its catalog, failing the test on an error.
func decodeOK(t *testing.T, content string) (*catalog.Catalog, Photos) {
	t.Helper()
	c, d, err := loadData(testkit.Context(t), en, "photos.json", []byte(content))
	if err != nil {
		t.Fatalf("the file cannot be served: %v\n%s", err, content)
	}
	return c, d
}

func TestTheFileTheServerCreatesHasNoIDs(t *testing.T) {
	list := append(slices.Clone(samplePhotos), Photo{Title: "Avec son id", ID: 40})
	c, _ := newCatalog(list)
	body := string(Body(c))
	if n := strings.Count(body, `"id"`); n != 1 || !strings.Contains(body, `"id": 40`) {
		t.Errorf("the created file writes %d ids, want only the one that is not the position (40):\n%s", n, body)
	}
	again, _ := decodeOK(t, body)
	if jsonOf(again.Photos()) != jsonOf(c.Photos()) {
		t.Errorf("the created file does not serve the same photos:\n%v\nwant\n%v", jsonOf(again.Photos()), jsonOf(c.Photos()))
	}
	empty, _ := newCatalog(nil)
	if got := string(Body(empty)); got != "[]\n" {
		t.Errorf("an empty list is written %q, want []", got)
	}
}

func TestAPhotoCopiedInTheCreatedFileJustWorks(t *testing.T) {
	c, _ := newCatalog(samplePhotos)
	body := string(Body(c))
	start, end := strings.LastIndex(body, "  {"), strings.LastIndex(body, "}")+1
	copied := body[:end] + ",\n" + strings.Replace(body[start:end], "Fraises", "Framboises", 1) + "\n]\n"
	got, _ := decodeOK(t, copied)
	if len(got.Photos()) != 5 || got.Photos()[4].Title != "Framboises" || got.Photos()[4].ID != 5 {
		t.Errorf("the last photo block copied and pasted is not served as photo 5: %s", jsonOf(got.Photos()))
	}
}

func TestTwoPhotosWithOneIDNameBothWithTheirLines(t *testing.T) {
	tests := []struct {
		name, content string
		want          [2]string
	}{
		{"two ids written", "[\n  {\"title\": \"Chiot\", \"id\": 2},\n  {\"title\": \"Morse\", \"id\": 7},\n\n  {\"title\": \"Carlin\", \"id\": 2}\n]", [2]string{
			`photos.json lines 2 and 5: photo 1 ("Chiot") and photo 3 ("Carlin") both have id 2: give each photo its own id`,
			`photos.json lignes 2 et 5 : la photo 1 (« Chiot ») et la photo 3 (« Carlin ») ont toutes les deux l'id 2 : donnez à chaque photo son propre id`}},
		{"an id written that another photo has by its position", "[\n  {\"title\": \"Chiot\", \"id\": 2},\n  {\"title\": \"Morse\"}\n]", [2]string{
			`photos.json lines 2 and 3: photo 1 ("Chiot") is written with id 2, the number that photo 2 ("Morse") gets from its position: remove that id, or give it a number no other photo has`,
			`photos.json lignes 2 et 3 : la photo 1 (« Chiot ») est écrite avec l'id 2, le numéro que la photo 2 (« Morse ») reçoit de sa position : enlevez cet id, ou donnez-lui un numéro qu'aucune autre photo n'a`}},
	}
	for _, tt := range tests {
		for l, lang := range languages {
			_, _, err := loadData(testkit.Context(t), lang.P, "photos.json", []byte(tt.content))
			if err == nil || !strings.Contains(err.Error(), tt.want[l]) {
				t.Errorf("%s, %s: got %v, want %q", tt.name, lang.Name, err, tt.want[l])
			}
		}
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
		{"accents count as one column", "[{\"title\": \"été\" \"keyword\": \"b\"}]", []string{"line 1, column 18"}},
		{"an empty file", "", []string{"photos.json is empty"}},
		{"only spaces", "  \n ", []string{"photos.json is empty"}},
		{"not a list", `{"title": "a"}`, []string{"must hold a list of photos"}},
		{"a list of texts", `["a", "b"]`, []string{"line 1, column 2", "photo 1 must be written between { and }"}},
		{"an id in quotes that is not a number", "[\n{\"id\": \"trois\", \"title\": \"a\"}]", []string{"line 2", "photo 1", "has an id that is not a number: remove the ids"}},
		{"a title that is a number", "[\n{\"title\": 3}]", []string{"line 2, column 2", "photo 1", `"title" must be a text in double quotes`, "it is a number"}},
		{"a title that is a number", `[{"title": "a"}, {"title": 12}]`, []string{"photo 2", `"title" must be a text in double quotes`, "it is a number"}},
		{"two photos with one id", `[{"title": "Chiot"}, {"title": "Carlin", "id": 1}]`, []string{`photo 2 ("Carlin") is written with id 1, the number that photo 1 ("Chiot") gets from its position`}},
		{"a comma too many between fields", "[{\"title\": \"a\",, \"url\": \"u\"}]", []string{"line 1, column 16", "one comma too many here"}},
		{"a comma too many between photos", "[{\"title\": \"a\"},,\n{\"title\": \"b\"}]", []string{"one comma too many here"}},
		{"photo for photos", `{"photo": []}`, []string{`has no "photos" list: did you mean "photos" where it writes "photo"?`}},
		{"Go code", "package main\n", []string{"is Go code, not a data file"}},
		{"a NUL byte", "[{\"title\": \"a\x00\"}]", []string{"photos.json line 1"}},
		{"a picture saved as .json", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", []string{"not a text file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := loadData(testkit.Context(t), en, "photos.json", []byte(tt.content))
			if err == nil {
				t.Fatalf("loadData accepted %q", tt.content)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("the error %q does not say %q", err, s)
				}
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("the error %q is more than one line", err)
			}
		})
	}
}

func TestTheSameMistakesAreSaidInFrench(t *testing.T) {
	for content, want := range map[string]string{
		"[\n  {\"title\": \"a\"}\n  {\"title\": \"b\"}\n]": "photos.json ligne 3, colonne 3 : il manque une virgule entre deux photos",
		"":                  "photos.json est vide",
		`[{"id": true}]`:    `« id » doit être un nombre entier sans guillemets`,
		`[{"title": "a",}]`: "enlevez la virgule avant ce }",
		`{"title": "a"}`:    "doit contenir une liste de photos",
	} {
		_, _, err := loadData(testkit.Context(t), fr, "photos.json", []byte(content))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", content, err, want)
		}
	}
}

func TestAFileOverTheLimitIsRefusedWithItsTrueSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxSize + 7<<20); err != nil { // a sparse file: no disk used
		t.Fatal(err)
	}
	f.Close()
	_, _, err = Read(path, "photos.json")
	if err == nil || !strings.Contains(err.Error(), "photos.json is 74.4 MB, more than the 67.1 MB this server reads") {
		t.Errorf("a file of 71 MiB: got %v, want its true size", err)
	}
}

func TestWarningsNameThePhotoTheLineAndTheNearestField(t *testing.T) {
	content := "[\n  {\"title\": \"Chiot\", \"descripton\": \"x\", \"keyword\": \"chien\", \"url\": \"https://e.org/1\"},\n  {\"title\": \"Carlin\", \"description\": \"Un petit carlin qui dort.\", \"url\": \"https://e.org/2\",\n   \"colour\": \"red\"},\n  {\"description\": \"Un morse sur la glace.\", \"keyword\": \"morse\", \"url\": \"https://e.org/3\"}\n]"
	c, d := decodeOK(t, content)
	if len(c.Photos()) != 3 {
		t.Fatalf("a file with warnings should still be served")
	}
	want := []string{
		`photos.json line 2: photo 1 ("Chiot"): the field "descripton" is not known, so it is left out: did you mean "description"?`,
		`photos.json line 4: photo 2 ("Carlin"): the field "colour" is not known, so it is left out: a photo has the fields ` + strings.Join(photoFields, ", "),
		`photos.json line 3: photo 2 ("Carlin") has no keyword: add "keyword": then, between quotes, one word that names what the picture shows, such as chien or montagne`,
		`photos.json line 5: photo 3 has no title: add "title": then, between quotes, a short title of your own`,
	}
	if strings.Join(said(en, d.Warnings), "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(said(en, d.Warnings), "\n"), strings.Join(want, "\n"))
	}
	lines := WarningLines(en, append(d.Warnings, d.Warnings...))
	if len(lines) != maxWarnings+1 || !strings.Contains(lines[maxWarnings], "warning: and 3 more warnings like these") {
		t.Errorf("8 warnings should show 5 and a count of the rest, got:\n%s", strings.Join(lines, "\n"))
	}
	if d.Places[0].Line != 2 || d.Places[1].Line != 3 || d.Places[2].Line != 5 {
		t.Errorf("the photos start on lines %v, %v and %v, want 2, 3 and 5", d.Places[0].Line, d.Places[1].Line, d.Places[2].Line)
	}
}

func TestTheKnownFieldsAreThoseEncodingJSONWritesForAPhoto(t *testing.T) {
	var written map[string]any
	b, _ := json.Marshal(Photo{})
	_ = json.Unmarshal(b, &written)
	got := slices.Clone(photoFields)
	slices.Sort(got)
	var want []string
	for field := range written {
		want = append(want, field)
	}
	slices.Sort(want)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("a data file knows the fields %v, but a photo is sent with %v: a field added to Photo must be known", got, want)
	}
}

func TestLineNumbersOfAWholeFileLookAtEachByteOnce(t *testing.T) {
	c, _ := newCatalog(manyPhotos(2000))
	for _, content := range [][]byte{Body(c), bytes.ReplaceAll(Body(c), []byte("\n"), nil)} { // also on one line
		pos := newPositions(content)
		asked := 0
		for i := 0; i < len(content); i += 97 { // as decodePhotos asks: photo after photo
			pos.line(i)
			asked++
		}
		if pos.counted > len(content) {
			t.Errorf("%d offsets asked in order looked at %d bytes of a %d-byte file, want each byte once: reading a file must stay linear", asked, pos.counted, len(content))
		}
	}
}

func TestAFileOnOneLineIsReadInLinearTime(t *testing.T) {
	c, _ := newCatalog(manyPhotos(3000))
	oneLine, err := json.Marshal(values(c.Photos())) // as JSON.stringify writes it
	if err != nil {
		t.Fatal(err)
	}
	d, err := decodePhotos(testkit.Context(t), testkit.Schema(), nil, "photos.json", oneLine)
	if err != nil || len(d.Places) != 3000 || d.Places[2999].Line != 1 {
		t.Fatalf("a file on one line: %d photos, %v", len(d.Places), err)
	}
}

func TestLineNumbersCostOnlyTheBytesBetweenThem(t *testing.T) {
	content := []byte("a\nbé\nc\n\nd")
	pos := newPositions(content)
	for _, tt := range []struct{ offset, line, col int }{{0, 1, 1}, {2, 2, 1}, {3, 2, 2}, {5, 2, 3}, {6, 3, 1}, {7, 3, 2}, {8, 4, 1}, {9, 5, 1}, {10, 5, 2}, {3, 2, 2}, {99, 5, 2}} {
		if line, col := pos.lineCol(tt.offset); line != tt.line || col != tt.col {
			t.Errorf("offset %d is line %d, column %d; want %d, %d", tt.offset, line, col, tt.line, tt.col)
		}
	}
}

func TestAFileSavedByAnotherEditorIsReadAndSaid(t *testing.T) {
	text := "[\n  {\"title\": \"Éléphant à l'œil vif\", \"description\": \"Il mange\", \"keyword\": \"animal\", \"url\": \"https://e.org/1\"}\n]\n"
	utf16le := func(s string) []byte {
		var b []byte
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	latin1 := func(s string) []byte {
		var b []byte
		for _, r := range s {
			if r == 'œ' {
				b = append(b, 0x9C) // Windows-1252
				continue
			}
			b = append(b, byte(r))
		}
		return b
	}
	tests := []struct {
		name    string
		content []byte
		says    string
	}{
		{"UTF-8", []byte(text), ""},
		{"UTF-8 with a BOM (Windows Notepad)", append([]byte{0xEF, 0xBB, 0xBF}, text...), "begins with an invisible mark (a BOM"},
		{"UTF-16 with a BOM (Notepad's Unicode)", append([]byte{0xFF, 0xFE}, utf16le(text)...), "is saved as UTF-16 (little-endian), not UTF-8: it is read correctly"},
		{"Windows-1252", latin1(text), "is saved as Windows-1252 (Latin-1), not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, d, err := loadData(testkit.Context(t), en, "photos.json", tt.content)
			if err != nil {
				t.Fatalf("the file cannot be served: %v", err)
			}
			if got := c.Photos()[0].Title; got != "Éléphant à l'œil vif" {
				t.Errorf("the title is served as %q", got)
			}
			if saved := d.Saved.Say(en); !strings.Contains(saved, tt.says) || (tt.says == "") != (saved == "") || (saved == "") != d.Saved.Plain() {
				t.Errorf("the file is said %q, want %q", saved, tt.says)
			}
			if tt.says != "" && !strings.Contains(d.Saved.Say(en), "save it as UTF-8") {
				t.Errorf("%q does not say how to save it as UTF-8", d.Saved.Say(en))
			}
		})
	}
	_, _, err := loadData(testkit.Context(t), en, "photos.json", append([]byte{0xFF, 0xFE}, utf16le(text)[:11]...))
	if err == nil || !strings.Contains(err.Error(), "photos.json line 2, column 4: a character cannot be read as UTF-16 (little-endian): save it as UTF-8") {
		t.Errorf("half a UTF-16 character: got %v", err)
	}
}

func TestAnEmptyTextIsSaidAtItsOwnLine(t *testing.T) {
	for _, empty := range []string{`""`, `"   "`, `null`} {
		content := "[\n  {\n    \"title\": \"Chiot\",\n    \"url\": \"https://e.org/1\",\n    \"description\": " + empty + ",\n    \"keyword\": \"chien\"\n  }\n]"
		_, d, err := loadData(testkit.Context(t), en, "photos.json", []byte(content))
		if err != nil || len(d.Warnings) != 1 || !strings.HasPrefix(d.Warnings[0].Say(en), "photos.json line 5: the description of photo 1") {
			t.Errorf("a description %s: warnings %q (%v)", empty, said(en, d.Warnings), err)
		}
	}
	content := "[\n  {\n    \"title\": \"Chiot\",\n    \"url\": \"https://e.org/1\",\n    \"description\": \"\",\n    \"keyword\": \"chien\"\n  }\n]"
	for l, lang := range languages {
		_, d, err := loadData(testkit.Context(t), lang.P, "photos.json", []byte(content))
		want := []string{`photos.json line 5: the description of photo 1 ("Chiot") is empty: write between the quotes what the picture shows, in a sentence of your own`,
			`photos.json ligne 5 : le champ description de la photo 1 (« Chiot ») est vide : écrivez entre les guillemets ce que montre l'image, dans une phrase à vous`}[l]
		if err != nil || len(d.Warnings) != 1 || d.Warnings[0].Say(lang.P) != want {
			t.Errorf("%s: warnings %q (%v), want %q", lang.Name, said(lang.P, d.Warnings), err, want)
		}
	}
}

func TestAnEmptyListIsServedAndSaid(t *testing.T) {
	c, d := decodeOK(t, "[]")
	if len(c.Photos()) != 0 || len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Say(en), "photos.json has no photo: write them between [ and ]") {
		t.Errorf("an empty list: warnings %q", said(en, d.Warnings))
	}
}

func TestGoCodeGivenAsADataFileIsSaidSo(t *testing.T) {
	_, _, err := loadData(testkit.Context(t), en, "photos.go", []byte("package main\n\nvar photos = []Photo{}\n"))
	if err == nil || !strings.Contains(err.Error(), "photos.go is Go code, not a data file: give a JSON file, such as -data photos.json") {
		t.Errorf("got %v", err)
	}
}

func TestAJSONMistakeInAWordingWeDoNotKnowStillGetsASentence(t *testing.T) {
	for l, lang := range languages {
		got := plainSyntax(lang.P, syntaxOther, ']', false, "")
		want := []string{"the JSON is not valid here (): compare this line with the others", "le JSON n'est pas valide ici () : comparez cette ligne avec les autres"}[l]
		if got != want {
			t.Errorf("%s: an error encoding/json words otherwise is said %q, want %q", lang.Name, got, want)
		}
	}
}

func TestIDsWrittenAsTextsAreReadAsNumbersAndSaidOnce(t *testing.T) {
	content := `{"photos": [
  {"id": "177", "title": "Chiot", "url": "https://e.org/1", "description": "Un chiot noir.", "keyword": "chien"},
  {"id": "12", "title": "Carlin", "url": "https://e.org/2", "description": "Un carlin dans sa couverture.", "keyword": "chien"}
]}`
	for l, lang := range languages {
		c, d, err := loadData(testkit.Context(t), lang.P, "db.json", []byte(content))
		if err != nil {
			t.Fatalf("%s: a db.json of json-server 1.x cannot be served: %v", lang.Name, err)
		}
		if i, found := c.Lookup("177"); !found || c.Photos()[i].Title != "Chiot" || c.Photos()[1].ID != 12 {
			t.Errorf("%s: the ids are %d and %d, want 177 and 12", lang.Name, c.Photos()[0].ID, c.Photos()[1].ID)
		}
		want := []string{`db.json line 2: the ids are written as texts, between quotes (as json-server 1.x writes them): they are read as numbers; write them without quotes, or remove them`,
			`db.json ligne 2 : les id sont écrits comme des textes, entre guillemets (comme les écrit json-server 1.x) : ils sont lus comme des nombres ; écrivez-les sans guillemets, ou enlevez-les`}[l]
		if len(d.Warnings) != 1 || d.Warnings[0].Say(lang.P) != want {
			t.Errorf("%s: warnings %q, want once %q", lang.Name, said(lang.P, d.Warnings), want)
		}
	}
	_, _, err := loadData(testkit.Context(t), en, "db.json", []byte(`[{"id": "1a2b", "title": "Chiot"}]`))
	if err == nil || err.Error() != `db.json line 1: photo 1 has an id that is not a number: remove the ids of the photos (the server numbers them itself)` {
		t.Errorf("an id that is not a number: got %v", err)
	}
}

func TestAQuoteInsideATextIsSaidAsSuch(t *testing.T) {
	content := "[\n  {\"title\": \"Le chat \"Tom\"\", \"url\": \"https://e.org/1\"}\n]"
	for l, lang := range languages {
		_, _, err := loadData(testkit.Context(t), lang.P, "photos.json", []byte(content))
		want := []string{`photos.json line 2, column 23: a " inside a text ends it: write \" for a quote inside a text, or use « » instead`,
			`photos.json ligne 2, colonne 23 : un " dans un texte le termine : écrivez \" pour un guillemet dans un texte, ou utilisez plutôt « »`}[l]
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v, want %q", lang.Name, err, want)
		}
	}
	_, _, err := loadData(testkit.Context(t), en, "photos.json", []byte("[\n  {\"title\": \"Chat\" \"url\": \"https://e.org/1\"}\n]"))
	if err == nil || !strings.Contains(err.Error(), "a comma is missing after the previous field") {
		t.Errorf("a comma missing after a text is still said as a comma missing: got %v", err)
	}
}

func TestAKeywordWithSpacesAroundIsFoundAndSaid(t *testing.T) {
	c, d := decodeOK(t, `[{"title": "Carlin", "url": "https://e.org/2", "description": "Un carlin dans sa couverture.", "keyword": "Chien "}]`)
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Say(en), `the keyword of photo 1 ("Carlin"), "Chien ", has spaces around it: remove them`) {
		t.Errorf("warnings %q", said(en, d.Warnings))
	}
	if chosen, _ := c.Match(catalog.Query{Keyword: "chien", End: -1, Limit: -1}); len(chosen) != 1 {
		t.Errorf("?keyword=chien does not find \"Chien \"")
	}
}

func TestAMistakeIsAValueWithItsCodeAndPlace(t *testing.T) {
	for _, c := range []struct {
		content   string
		code      Code
		line, col int
	}{
		{"[\n  {\"title\": \"a\"}\n  {\"title\": \"b\"}\n]", Syntax, 3, 3},
		{"[{\"title\": \"a\",}]", Syntax, 1, 16},
		{"", Empty, 0, 0},
		{`{"title": "a"}`, NotAList, 0, 0},
		{"[\n{\"title\": 3}]", WrongKind, 2, 2},
		{"package main\n", GoCode, 0, 0},
		{`[{"title": "Chiot"}, {"title": "Carlin", "id": 1}]`, DuplicateID, 0, 0},
	} {
		_, _, err := Load(testkit.Context(t), testkit.Schema(), nil, "photos.json", []byte(c.content))
		var e *Error
		if !errors.As(err, &e) || e.Code != c.code || e.Line != c.line || e.Column != c.col || e.File != "photos.json" {
			t.Errorf("%q: got %#v, want code %d at line %d, column %d", c.content, err, c.code, c.line, c.col)
			continue
		}
		if err.Error() != e.Say(en) || e.Say(fr) == e.Say(en) {
			t.Errorf("%q: Error() %q should be the English of Say, and Say in French another sentence: %q", c.content, err.Error(), e.Say(fr))
		}
		var dup *catalog.DuplicateIDError
		if errors.As(err, &dup) != (c.code == DuplicateID) {
			t.Errorf("%q: unwraps to a *catalog.DuplicateIDError: %v, want %v", c.content, dup != nil, c.code == DuplicateID)
		}
	}
}
