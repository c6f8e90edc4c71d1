package photo_test

import (
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-faker/faker/v4"

	"photoserver/internal/images"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

func TestATextThatSaysNothingIsToldFromOneThatSays(t *testing.T) {
	for text, want := range map[string]photo.Emptiness{
		"": photo.Blank, "   ": photo.Blank, "\t\n": photo.Blank,
		"...": photo.OnlySigns, "…": photo.OnlySigns, "-": photo.OnlySigns, "?": photo.OnlySigns, "!!!": photo.OnlySigns, "123": photo.OnlySigns, "*": photo.OnlySigns,
		"x": photo.OneLetter, "X.": photo.OneLetter, "é": photo.OneLetter,
		"description": photo.FieldWords, "Description": photo.FieldWords, "DESCRIPTION :": photo.FieldWords, "desc": photo.FieldWords,
		"keyword": photo.FieldWords, "mot-clé": photo.FieldWords, "Mot clé": photo.FieldWords, "motclé": photo.FieldWords, "titre": photo.FieldWords,
		"la description": photo.FieldWords, "Description de la photo 3": photo.FieldWords, "une photo": photo.FieldWords, "Photo n°3": photo.FieldWords, "the description": photo.FieldWords,
		"TODO": photo.Filler, "à compléter": photo.Filler, "A COMPLETER": photo.Filler, "xxx": photo.Filler, "XXXX": photo.Filler, "test": photo.Filler,
		"Test.": photo.Filler, "blabla": photo.Filler, "azerty": photo.Filler, "aaaa": photo.Filler, "hahaha": photo.Filler, "lorem ipsum": photo.Filler,
		"Un chiot noir regarde l'objectif.": photo.Says, "chien": photo.Says, "a": photo.Says, "à": photo.Says, "y": photo.Says,
		"papa": photo.Says, "bébé": photo.Says, "Œufs": photo.Says, "Test de la caméra": photo.Says, "ipsum": photo.Says, "non": photo.Says, "id": photo.Says,
	} {
		if got := photo.EmptinessOf(text); got != want {
			t.Errorf("EmptinessOf(%q) = %v, want %v", text, got, want)
		}
	}
}

// makers are the go-faker functions a student may fill a text with.
var makers = map[string]func() string{
	"Word":      func() string { return faker.Word() },
	"Sentence":  func() string { return faker.Sentence() },
	"Paragraph": func() string { return faker.Paragraph() },
	"Name":      func() string { return faker.Name() },
	"FirstName": func() string { return faker.FirstName() },
	"LastName":  func() string { return faker.LastName() },
}

func TestWhatFakerMakesNeverSaysNothing(t *testing.T) {
	seen := 0
	for seed := int64(1); seed <= 1000; seed++ {
		faker.SetRandomSource(rand.NewSource(seed))
		list := make([]testkit.Photo, 50) // what -fake 50 -seed seed makes, as fake.go does
		for i := range list {
			list[i] = testkit.MadeUpPhoto(i+1, seed)
		}
		for name, make := range makers {
			text := make()
			for _, r := range []photo.Role{photo.Description, photo.Keyword} {
				if !photo.Counts(r, text) {
					t.Fatalf("seed %d: faker.%s made %q, which the %s rules refuse", seed, name, text, r)
				}
			}
		}
		records := testkit.Records(list)
		check := testkit.Schema().NewChecker(nil)
		var warnings []string
		for i := range records {
			warnings = append(warnings, photo.Sentences(lang.English, check.Photo(i, &records[i], photo.Place{File: "photos.json", Line: i + 2}))...)
		}
		if warnings = append(warnings, photo.Sentences(lang.English, check.Done())...); len(warnings) > 0 {
			t.Fatalf("seed %d: faker's photos are warned about:\n%s", seed, strings.Join(warnings, "\n"))
		}
		seen += len(records)
	}
	if seen != 50000 {
		t.Errorf("checked %d photos, want 50000", seen)
	}
}

func TestAURLThePageCannotShowIsSaidWithWhatToWrite(t *testing.T) {
	for u, want := range map[string]photo.URLProblem{
		"https://picsum.photos/id/237/640/480": photo.NoURLProblem, "http://192.168.1.23:9000/images/chat.jpg": photo.NoURLProblem,
		"data:image/png;base64,iVBORw0KGgo=": photo.NoURLProblem, "": photo.NoURLProblem,
		`C:\Users\eleve\Images\chien.jpg`: photo.URLOnDisk, "C:/Users/eleve/chien.jpg": photo.URLOnDisk, "/home/eleve/Images/chien.jpg": photo.URLOnDisk,
		"~/Images/chien.jpg": photo.URLOnDisk, "./chien.jpg": photo.URLOnDisk, `\\serveur\partage\chien.jpg`: photo.URLOnDisk,
		"chat.jpg": photo.URLFileName, "images/chat.jpg": photo.URLFileName, "Photo 1.PNG": photo.URLSpaces, "www.example.com/x.png": photo.URLNoScheme, "example.com/x.png": photo.URLNoScheme,
		"file:///home/eleve/chien.jpg": photo.URLFileScheme, "https://e.org/mon chien.jpg": photo.URLSpaces,
		"ftp://e.org/x.png": photo.URLNotWeb, "https://": photo.URLNotWeb, "chien": photo.URLNotWeb,
	} {
		if got := photo.CheckURL(u); got != want {
			t.Errorf("CheckURL(%q) = %v, want %v", u, got, want)
		}
	}
	s := testkit.Schema()
	at := photo.Place{File: "photos.go", Line: 21, Fields: map[string]photo.FieldAt{"url": {Line: 22, Key: "url"}}}
	for l, p := range testkit.Languages {
		got := s.URLWarning(p.P, lang.PhotoLabel(p.P, 0, "Chiot"), `C:\Users\eleve\Images\chien.jpg`, at, nil)
		want := []string{`photos.go:22: the url of photo 1 ("Chiot"), "C:\\Users\\eleve\\Images\\chien.jpg", is a file of this computer, which the partner's page, on another computer, cannot open: write the picture's web address, starting with https://`,
			`photos.go:22 : l'url de la photo 1 (« Chiot »), « C:\Users\eleve\Images\chien.jpg », est un fichier de cet ordinateur, que la page du binôme, sur un autre ordinateur, ne peut pas ouvrir : écrivez l'adresse web de l'image, qui commence par https://`}[l]
		if got != want {
			t.Errorf("%s:\n%s\nwant\n%s", p.Name, got, want)
		}
		folder := images.Folder{Path: t.TempDir()}
		testkit.SaveInPlace(t, filepath.Join(folder.Path, "chat.jpg"), "\xff\xd8\xff")
		testkit.SaveInPlace(t, filepath.Join(folder.Path, "lac.png"), "\x89PNG")
		for _, u := range []string{"chat.jpg", "images/chat.jpg", "Images/chat.jpg"} {
			if w := s.URLWarning(p.P, "photo 1", u, at, folder); w != "" {
				t.Errorf("%s: %s, a picture this server serves, is warned about: %s", p.Name, u, w)
			}
		}
		missing := s.URLWarning(p.P, "photo 1", "chien.jpg", at, folder)
		want = []string{`photos.go:22: the url of photo 1, "chien.jpg", names a picture that is not in the images folder, which has chat.jpg, lac.png: check the name, or put the picture there`,
			`photos.go:22 : l'url de photo 1, « chien.jpg », nomme une image qui n'est pas dans le dossier images, qui contient chat.jpg, lac.png : vérifiez le nom, ou mettez l'image dedans`}[l]
		if missing != want {
			t.Errorf("%s:\n%s\nwant\n%s", p.Name, missing, want)
		}
		empty := s.URLWarning(p.P, "photo 1", "chien.jpg", at, images.Folder{Path: filepath.Join(folder.Path, "none")})
		if !strings.Contains(empty, []string{"which has none: put chien.jpg in the folder images, next to photos.go", "qui n'en contient aucune : mettez chien.jpg dans le dossier images, à côté de photos.go"}[l]) {
			t.Errorf("%s: a missing folder: %s", p.Name, empty)
		}
	}
}

func TestATextThatSaysNothingIsOneSentenceAtItsLineInBothLanguages(t *testing.T) {
	s := testkit.Schema()
	at := photo.Place{File: "photos.go", Line: 21, Fields: map[string]photo.FieldAt{"description": {Line: 21, Key: "description"}}}
	for l, p := range testkit.Languages {
		label := lang.PhotoLabel(p.P, 0, "Chiot")
		got := s.Problem(p.P, label, photo.Description, "...", at)
		want := []string{`photos.go:21: the description of photo 1 ("Chiot"), "...", says nothing: write instead what the picture shows, in a sentence of your own`,
			`photos.go:21 : le champ description de la photo 1 (« Chiot »), « ... », ne dit rien : écrivez plutôt ce que montre l'image, dans une phrase à vous`}[l]
		if got != want {
			t.Errorf("%s:\n%s\nwant\n%s", p.Name, got, want)
		}
		if got := s.Problem(p.P, label, photo.Title, "x", at); got != "" {
			t.Errorf("%s: a one-letter title is said: the fiche's rules are for the description and the keyword", p.Name)
		}
		for _, text := range []string{"", "TODO", "Mot-clé", "x"} {
			for _, r := range []photo.Role{photo.Description, photo.Keyword} {
				if hint := s.Problem(p.P, label, r, text, at); strings.Contains(hint, `"..."`) || strings.Contains(hint, `"…"`) {
					t.Errorf("%s: a hint proposes a placeholder to copy: %s", p.Name, hint)
				}
			}
		}
	}
}

func TestEveryPhotoWithTheSameDescriptionIsSaid(t *testing.T) {
	s := testkit.Schema()
	list := testkit.Records([]testkit.Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "Une belle photo.", Keyword: "chien"},
		{Title: "Lac", URL: "https://e.org/2", Description: "Une belle photo.", Keyword: "lac"},
	})
	check := s.NewChecker(nil)
	for i := range list {
		if w := photo.Sentences(lang.English, check.Photo(i, &list[i], photo.Place{File: "photos.go", Line: 20 + i})); w != nil {
			t.Errorf("photo %d alone is warned about: %q", i+1, w)
		}
	}
	got := photo.Sentences(lang.English, check.Done())
	if len(got) != 2 || got[1] != `photos.go:21: photo 2 ("Lac") has the same description as every other photo: write what the picture shows, in a sentence of your own, for this picture` {
		t.Errorf("the same description on every photo is said %q", got)
	}
}

func TestADescriptionThatRepeatsTheTitleIsToldFromOneThatSaysMore(t *testing.T) {
	for _, c := range []struct {
		title, description string
		repeats            bool
	}{
		{"Chat noir", "Chat noir", true},
		{"Chat noir", "chat noir.", true},
		{"Élan", "ELAN !", true},
		{"Chat noir", "Un chat noir sur un toit.", false},
		{"Chat", "Chat, chat", false}, // says it twice, which the other rules judge
		{"", "", false},
		{"...", "...", false}, // no words: what says nothing is judged by EmptinessOf
	} {
		if got := photo.RepeatsTitle(c.title, c.description); got != c.repeats {
			t.Errorf("RepeatsTitle(%q, %q) = %v, want %v", c.title, c.description, got, c.repeats)
		}
	}
	check := testkit.Schema().NewChecker(nil)
	rec := testkit.Records([]testkit.Photo{{Title: "Chat noir", URL: "https://e.org/1", Description: "Chat noir.", Keyword: "chat"}})
	warnings := photo.Sentences(lang.English, check.Photo(0, &rec[0], photo.Place{File: "photos.json", Line: 2}))
	want := `photos.json line 2: the description of photo 1 ("Chat noir") only repeats its title: write instead what the picture shows, in a sentence of your own`
	if len(warnings) != 1 || warnings[0] != want {
		t.Errorf("the server's warnings: %q, want %q", warnings, want)
	}
}

func TestADescriptionCopiedOnSomePhotosIsSaidByTheServer(t *testing.T) {
	list := testkit.Records([]testkit.Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "Une belle photo.", Keyword: "chien"},
		{Title: "Lac", URL: "https://e.org/2", Description: "Une belle photo.", Keyword: "lac"},
		{Title: "Carlin", URL: "https://e.org/3", Description: "Un carlin dans sa couverture.", Keyword: "chien"},
		{Title: "Mer", URL: "https://e.org/4", Description: "une BELLE photo", Keyword: "mer"},
	})
	check := testkit.Schema().NewChecker(nil)
	var got []string
	for i := range list {
		got = append(got, photo.Sentences(lang.English, check.Photo(i, &list[i], photo.Place{File: "photos.go", Line: 20 + i}))...)
	}
	got = append(got, photo.Sentences(lang.English, check.Done())...)
	want := []string{
		`photos.go:21: photo 2 ("Lac") has the same description as photo 1 ("Chiot"): write what the picture shows, in a sentence of your own, for this picture`,
		`photos.go:23: photo 4 ("Mer") has the same description as photo 1 ("Chiot"): write what the picture shows, in a sentence of your own, for this picture`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("the server says\n%q\nwant\n%q", got, want)
	}
}
