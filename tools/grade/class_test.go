//go:build integration

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// The class of these tests: each pair's folder is built as the lab's network home
// folders are, /home/premiere/Eleves/nom_prenom/seances/18_10_21/, with the unzipped
// exercise in it. None depends on the teacher's photos.go or fake.go of the day.

// completePhotos and completeFake are a pair's complete files.
const (
	completePhotos = testkit.PhotosGo
	completeFake   = testkit.FakeGo
)

// change is s with old replaced by new, once; the test fails when s has no old.
// starred is photos.go with every description and keyword made of stars: no point.
func starred(t *testing.T, s string) string {
	t.Helper()
	for _, text := range []string{"Un chiot labrador noir sur un parquet.", "Un carlin dans une couverture.", "Des méduses orange dans un aquarium.", `"chien"`, `"mer"`} {
		stars := strings.Repeat("*", len(text))
		if strings.HasPrefix(text, `"`) {
			stars = `"***"`
		}
		s = strings.ReplaceAll(s, text, stars)
	}
	return s
}

func change(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("no %q to change", old)
	}
	return strings.Replace(s, old, new, 1)
}

// tamperedTest is a photos_test.go a pair edited to get 10/10: its tests always pass,
// and its TestMain prints a full sheet and writes full grades where the grader reads
// them. The grader never takes it.
const tamperedTest = `package main

import (
	"fmt"
	"os"
	"testing"
)

func TestObjective1_EveryPhotoHasADescription(t *testing.T) {}
func TestObjective2_EveryPhotoHasAKeyword(t *testing.T)     {}
func TestObjective3_PhotosMadeWithFaker(t *testing.T)       {}

func TestMain(m *testing.M) {
	m.Run()
	fmt.Println("  Total                                       10/10")
	if path := os.Getenv("PHOTOS_GRADES"); path != "" {
		os.WriteFile(path, []byte(` + "`" + `[{"number":1,"earned":4,"points":4},{"number":2,"earned":4,"points":4},{"number":3,"earned":2,"points":2}]` + "`" + `), 0o644)
	}
	os.Exit(0)
}
`

// forgery opens a photos.go whose texts say nothing and that tries to grade itself:
// it makes every sign a letter for the checker (unicode.Letter, a writable global of
// the standard library) and writes the grades file the old grader read. Its program
// runs apart from the grader: all this changes only its own process.
const forgery = `package main

import (
	"os"
	"unicode"
)

var _ = func() int {
	unicode.Letter = unicode.So
	if path := os.Getenv("PHOTOS_GRADES"); path != "" {
		os.WriteFile(path, []byte(` + "`" + `[{"number":1,"earned":4,"points":4},{"number":2,"earned":4,"points":4},{"number":3,"earned":2,"points":2}]` + "`" + `), 0o644)
	}
	return 0
}()
`

// classOf builds the class's folders under a temporary Eleves/ folder and returns the
// day's folder of each pair, by name.
func classOf(t *testing.T) (eleves string, days map[string]string) {
	t.Helper()
	eleves = filepath.Join(t.TempDir(), "Eleves")
	old, recent := time.Now().Add(-48*time.Hour), time.Now().Add(-time.Hour)
	noKeyword := change(t, completePhotos, `Description: "Un carlin dans une couverture.", Keyword: "chien"`, `Description: "Un carlin dans une couverture."`)
	pairs := map[string]map[string]string{
		"dupont_marie": {"photo-server/photos.go": completePhotos, "photo-server/fake.go": completeFake},
		"martin_paul":  {"photo-server/photos.go": noKeyword, "photo-server/fake.go": completeFake},
		"petit_lea": {"photo-server/photos.go": change(t, completePhotos, "Keyword: \"chien\"},\n\t{Title: \"Carlin\"", "Keyword: \"chien\"}\n\t{Title: \"Carlin\""),
			"photo-server/fake.go": completeFake},
		"bernard_hugo": {"photo-server/photos.go": completePhotos,
			"photo-server/fake.go": change(t, change(t, completeFake, "\treturn Photo{", "\tfor {\n\t\tfmt.Println(\"encore une photo\")\n\t}\n\treturn Photo{"), "import (\n", "import (\n\t\"fmt\"\n")},
		"garnier_jade": {"photo-server/photos.go": completePhotos,
			"photo-server/fake.go": change(t, completeFake, "\treturn Photo{", "\tgo func() { panic(\"fini\") }()\n\tselect {}\n\treturn Photo{")},
		"roux_adam": {"photo-server/photos.go": change(t, completePhotos, "var photos = []Photo{", "var photos = endless()\n\nfunc endless() []Photo {\n\tfor {\n\t}\n}\n\nvar unused = []Photo{"),
			"photo-server/fake.go": completeFake},
		"faure_tim":   {"photo-server/photos.go": completePhotos + "\n// The whole server, inside the teacher's tests?\nfunc init() { go main() }\n", "photo-server/fake.go": completeFake},
		"lambert_noe": {"photo-server/photos.go": starred(t, change(t, completePhotos, "package main\n", forgery)), "photo-server/fake.go": completeFake},
		"moreau_lucas": {"photo-server/photos.go": completePhotos,
			"photo-server/fake.go": change(t, completeFake, "\treturn Photo{", "\tpanic(\"oups\")\n\treturn Photo{")},
		"thomas_zoe": {"notes.txt": "J'ai oublié ma clé USB.\n"},
		"robert_ines": {"photo-server/photos.go": change(t, completePhotos, `"Un chiot labrador noir sur un parquet."`, `"..."`),
			"photo-server/fake.go": completeFake, "photo-server/photos_test.go": tamperedTest, "photo-server/sheet_test.go": "package main\n"},
		"Émilie_Noël": {"photo-server/photos.go": completePhotos, "photo-server/fake.go": completeFake,
			"photo-server/vendor/photos.go": "not a pair's", ".cache/photos.go": "not a pair's either"},
	}
	days = map[string]string{}
	for name, files := range pairs {
		days[name] = filepath.Join(eleves, name, "seances", "18_10_21")
		write(t, days[name], files, recent)
	}
	// leroy_tom has two copies of the exercise: the older complete, the newer not.
	days["leroy_tom"] = filepath.Join(eleves, "leroy_tom", "seances", "18_10_21")
	write(t, days["leroy_tom"], map[string]string{"photo-server/photos.go": completePhotos, "photo-server/fake.go": completeFake}, old)
	write(t, days["leroy_tom"], map[string]string{"photo-server-copie/photos.go": noKeyword, "photo-server-copie/fake.go": completeFake}, recent)
	return eleves, days
}

// wantRow is a row of the class table as the tests expect it: the points of each
// objective with how many photos met it, and the total, as the table writes them in
// English (French says "sur" for "of"), and the start of the reason, in English and in
// French. The CSV file must say the same (checkCSV).
type wantRow struct {
	name    string
	cells   [4]string
	reason  [2]string
	nowhere bool // no folder graded: the CSV's folder is the one given
}

// Three photos in photos.go; 50 made with fakePhoto for the Faker objective.
const (
	all3   = "4/4 (3 of 3)"
	faker  = "2/2 (50 of 50)"
	broken = "0/2" // fakePhoto made no photo: no count
)

var classRows = []wantRow{
	{"bernard_hugo", [4]string{all3, all3, broken, "8/10"}, [2]string{"fake.go: fakePhoto has not made its photos after 10 s: look there for a loop that never ends", "fake.go : fakePhoto n'a pas fini ses photos au bout de 10 s : cherchez-y une boucle qui ne s'arrête jamais"}, false},
	{"dupont_marie", [4]string{all3, all3, faker, "10/10"}, [2]string{"", ""}, false},
	{"Émilie_Noël", [4]string{all3, all3, faker, "10/10"}, [2]string{"", ""}, false},
	{"faure_tim", [4]string{all3, all3, faker, "10/10"}, [2]string{"", ""}, false},
	{"garnier_jade", [4]string{all3, all3, broken, "8/10"}, [2]string{"fake.go could not make photos (the program stopped at fake.go:11: panic: fini)", "fake.go n'a pas pu faire de photos (le programme s'est arrêté à fake.go:11 : panic: fini)"}, false},
	{"lambert_noe", [4]string{"0/4 (0 of 3)", "0/4 (0 of 3)", faker, "2/10"}, [2]string{"photos.go imports os, which the exercise does not use: look at what it does with it; photos.go:", "photos.go importe os, dont l'exercice ne se sert pas : regardez ce qu'il en fait ; photos.go"}, false},
	{"leroy_tom", [4]string{all3, "0/4 (2 of 3)", faker, "6/10"},
		[2]string{"2 projects in this folder: graded photo-server-copie, the most recently modified (not photo-server); photos.go:15: photo 2 (\"Carlin\") has no keyword",
			"2 projets dans ce dossier : noté photo-server-copie, le plus récemment modifié (pas photo-server) ; photos.go:15 : il manque le champ keyword à la photo 2 (« Carlin »)"}, false},
	{"martin_paul", [4]string{all3, "0/4 (2 of 3)", faker, "6/10"}, [2]string{"photos.go:15: photo 2 (\"Carlin\") has no keyword", "photos.go:15 : il manque le champ keyword à la photo 2 (« Carlin »)"}, false},
	{"moreau_lucas", [4]string{all3, all3, broken, "8/10"}, [2]string{"fake.go:11: fakePhoto stops with a Go error (oups): fix that line", "fake.go:11 : fakePhoto s'arrête sur une erreur de Go (oups) : corrigez cette ligne"}, false},
	{"petit_lea", [4]string{"0/4", "0/4", "0/2", "0/10"}, [2]string{"photos.go does not compile: line 14, a comma is missing at the end of the line", "photos.go ne compile pas : ligne 14, il manque une virgule à la fin de la ligne"}, false},
	{"robert_ines", [4]string{"0/4 (2 of 3)", all3, faker, "6/10"}, [2]string{`photos.go:14: the description of photo 1 ("Chiot noir"), "...", says nothing`, `photos.go:14 : le champ description de la photo 1 (« Chiot noir »), « ... », ne dit rien`}, false},
	{"roux_adam", [4]string{"0/4", "0/4", "0/2", "0/10"}, [2]string{"photos.go or fake.go did not finish in 15 s", "photos.go ou fake.go n'a pas fini en 15 s"}, false},
	{"thomas_zoe", [4]string{"", "", "", ""}, [2]string{"no photos.go in this folder", "pas de photos.go dans ce dossier"}, true},
}

// inLanguage is a cell as the table writes it in language l: "7 of 14", or "7 sur 14".
func inLanguage(cell string, l int) string {
	if l == 1 {
		return strings.Replace(cell, " of ", " sur ", 1)
	}
	return cell
}

// csvCells are the CSV fields that a cell of the terminal's table says: the points
// earned and the count for an objective (4/4 (3 of 3): 4 and 3 of 3), the total and
// what it is out of for the total (8/10: 8 and 10).
func csvCells(cell string, l int) []string {
	if cell == "" {
		return []string{"", ""}
	}
	points, count, _ := strings.Cut(inLanguage(cell, l), " (")
	earned, _, _ := strings.Cut(points, "/")
	if count == "" && strings.HasSuffix(cell, "/10") {
		_, of, _ := strings.Cut(points, "/")
		return []string{earned, of}
	}
	return []string{earned, strings.TrimSuffix(count, ")")}
}

// tableRows are the rows of the class table that stdout holds, by name: the fields of
// each line between the heading line and the blank line after the table.
func tableRows(t *testing.T, out string) []string {
	t.Helper()
	var rows []string
	in := false
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimRight(line, "\n")
		switch {
		case strings.HasPrefix(line, "Name ") || strings.HasPrefix(line, "Nom "):
			in = true
		case in && line == "":
			return rows
		case in:
			rows = append(rows, line)
		}
	}
	t.Fatalf("no table in the output:\n%s", out)
	return nil
}

func TestGradeTheClassFromTheirFolders(t *testing.T) {
	eleves, days := classOf(t)
	glob, err := filepath.Glob(filepath.Join(eleves, "*", "seances", "18_10_21"))
	if err != nil || len(glob) != len(classRows) {
		t.Fatalf("the glob finds %d folders (%v), want %d", len(glob), err, len(classRows))
	}
	for l, lang := range testkit.Languages {
		t.Run(lang.Name, func(t *testing.T) {
			out := t.TempDir()
			csvFile, htmlFile := filepath.Join(out, "notes.csv"), filepath.Join(out, "classe.html")
			var stdout, stderr bytes.Buffer
			args := append([]string{"-timeout", "15s", "-o", csvFile, "-html", htmlFile}, glob...)
			start := time.Now()
			if code := run(context.Background(), args, lang.Env, &stdout, &stderr); code != 0 {
				t.Fatalf("exit status %d, want 0:\n%s\n%s", code, stdout.String(), stderr.String())
			}
			t.Logf("%d pairs graded in %v", len(glob), time.Since(start).Round(time.Millisecond))
			progress := []string{"Grading: 13 of 13", "Notation : 13 sur 13"}[l]
			if !strings.Contains(stderr.String(), progress) {
				t.Errorf("stderr does not show the progress %q:\n%s", progress, stderr.String())
			}
			rows := tableRows(t, stdout.String())
			if len(rows) != len(classRows) {
				t.Fatalf("the table has %d rows, want %d:\n%s", len(rows), len(classRows), stdout.String())
			}
			for i, want := range classRows {
				fields := strings.Fields(rows[i])
				if len(fields) == 0 || fields[0] != want.name {
					t.Errorf("row %d is %q, want %s's (sorted by name)", i+1, rows[i], want.name)
					continue
				}
				var cells []string
				for _, c := range want.cells {
					if c != "" {
						cells = append(cells, inLanguage(c, l))
					}
				}
				line := strings.Join(fields, " ")
				wantLine := strings.TrimSpace(strings.Join(append([]string{want.name}, cells...), " ") + " " + want.reason[l])
				if !strings.HasPrefix(line, wantLine) {
					t.Errorf("%s's row is\n%s\nwant it to start with\n%s", want.name, rows[i], wantLine)
				}
			}
			checkCSV(t, csvFile, l, days)
			checkHTML(t, htmlFile, l == 1)
		})
	}
}

// checkCSV checks the CSV file row by row: BOM, ";" and French headings on a French
// computer; the folder graded; the points, counts and total that the terminal shows
// (a total out of what the terminal says); the reason.
func checkCSV(t *testing.T, file string, l int, days map[string]string) {
	t.Helper()
	french := l == 1
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	hasBOM := bytes.HasPrefix(b, []byte("\uFEFF"))
	if hasBOM != french {
		t.Errorf("the CSV file starts with a BOM: %v, want %v (only for French)", hasBOM, french)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF"))))
	if french {
		r.Comma = ';'
	}
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the CSV file cannot be read with %q between fields: %v\n%s", r.Comma, err, b)
	}
	head := []string{"name", "folder or address", "objective 1", "objective 1: photos", "objective 2", "objective 2: photos", "objective 3", "objective 3: photos", "total", "out of", "reason"}
	if french {
		head = []string{"nom", "dossier ou adresse", "objectif 1", "objectif 1 : photos", "objectif 2", "objectif 2 : photos", "objectif 3", "objectif 3 : photos", "total", "sur", "raison"}
	}
	if len(records) != len(classRows)+1 || strings.Join(records[0], "|") != strings.Join(head, "|") {
		t.Fatalf("the CSV file has %d lines, heading %q; want %d and %q", len(records), records[0], len(classRows)+1, head)
	}
	for i, want := range classRows {
		rec := records[i+1]
		where := days[want.name]
		if !want.nowhere {
			where = filepath.Join(where, "photo-server")
			if want.name == "leroy_tom" {
				where += "-copie"
			}
		}
		got := strings.Join(rec[:10], "|")
		wantRec := []string{want.name, where}
		for _, c := range want.cells {
			wantRec = append(wantRec, csvCells(c, l)...)
		}
		if got != strings.Join(wantRec, "|") || !strings.HasPrefix(rec[10], want.reason[l]) {
			t.Errorf("CSV line %d:\n%q\nwant\n%q, reason %q", i+2, rec, wantRec, want.reason[l])
		}
	}
}

// checkHTML checks the page: in the teacher's language, every pair, how many pairs
// reached each objective, and nothing fetched from the internet.
func checkHTML(t *testing.T, file string, french bool) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	wants := []string{`<html lang="en">`, "Objective 1, a description for every photo: 8 of 12 pairs", "Objective 2, a keyword for every photo: 7 of 12 pairs",
		"Objective 3, photos made with Faker: 7 of 12 pairs", "Émilie_Noël", "fakePhoto has not made its photos after 10 s"}
	if french {
		wants = []string{`<html lang="fr">`, "Objectif 1, une description pour chaque photo : 8 sur 12 binômes", "Objectif 2, un mot-clé pour chaque photo : 7 sur 12 binômes",
			"Objectif 3, des photos faites avec Faker : 7 sur 12 binômes", "Émilie_Noël", "fakePhoto n&#39;a pas fini ses photos au bout de 10 s"}
	}
	for _, want := range wants {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %q:\n%s", want, page)
		}
	}
	// The pairs' photos, as the partner's page shows them: each refused text marked,
	// with its reason (robert_ines's description "...").
	photos := []string{`<p class="description refused">...</p><p class="why">refused: says nothing</p>`,
		`<p class="description">Un carlin dans une couverture.</p>`, `<img src="https://picsum.photos/id/237/640/480" alt="" loading="lazy">`}
	if french {
		photos[0] = `<p class="description refused">...</p><p class="why">refusé : ne dit rien</p>`
	}
	for _, want := range photos {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not show %q:\n%s", want, page)
		}
	}
	// Nothing is fetched but the pictures of the photos, from their own urls.
	for _, external := range []string{"href=", "@import", "url("} {
		if strings.Contains(page, external) {
			t.Errorf("the page fetches something (%s): it must be one file that needs no internet", external)
		}
	}
	if n, pictures := strings.Count(page, "src="), strings.Count(page, `<img src="https://picsum.photos/`); n != pictures || n == 0 {
		t.Errorf("the page has %d src=, of which %d are the photos' pictures: want them all to be", n, pictures)
	}
}

func TestGradeServersThatAreSlowOrSendTooMuch(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select { // answers only when the grader has given up, or at the end of the test
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
	}))
	defer slow.Close()
	huge := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		chunk := []byte(strings.Repeat(`{"title": "Chiot", "url": "https://e.org/1"},`, 1000))
		_, _ = w.Write([]byte("["))
		for { // never ends: the grader must stop reading
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer huge.Close()
	var stdout, stderr bytes.Buffer
	start := time.Now()
	if code := run(context.Background(), []string{slow.URL, huge.URL}, testkit.Languages[0].Env, &stdout, &stderr); code != 0 {
		t.Fatalf("status %d, want 0:\n%s%s", code, stdout.String(), stderr.String())
	}
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("grading took %v: a slow server must be given up on after 5 s", took)
	}
	table := strings.Join(strings.Fields(stdout.String()), " ")
	for _, want := range []string{
		// No answer: not graded (no 0/8), as a folder without photos.go.
		strings.TrimPrefix(slow.URL, "http://") + " the server at " + slow.URL + "/photos does not answer (no answer within 5 seconds)",
		strings.TrimPrefix(huge.URL, "http://") + " 0/4 0/4 -/2 0/8 the answer of " + huge.URL + `/photos is not a JSON list of photos, [{...}, {...}]: it begins with "[{\"title\": \"Chiot\"`,
	} {
		if !strings.Contains(table, want) {
			t.Errorf("the table does not say %q:\n%s", want, stdout.String())
		}
	}
}

func TestATeachersProjectThatDoesNotBuildIsSaidBeforeAnyPairIsBlamed(t *testing.T) {
	root := filepath.Join(t.TempDir(), "prof")
	here := filepath.Join("..", "..")
	for _, name := range []string{"go.mod", "go.sum", "main.go", "photos_test.go", "sheet_test.go", "fake.go"} {
		b, err := os.ReadFile(filepath.Join(here, name))
		if err != nil {
			t.Fatal(err)
		}
		write(t, root, map[string]string{name: string(b)}, time.Now())
	}
	write(t, root, map[string]string{"photos.go": change(t, completePhotos, "Keyword: \"chien\"},\n\t{Title: \"Carlin\"", "Keyword: \"chien\"}\n\t{Title: \"Carlin\"")}, time.Now())
	for _, dir := range []string{"vendor", "internal"} {
		testkit.CopyDir(t, filepath.Join(root, dir), filepath.Join(here, dir))
	}
	copyDir, err := cacheFolder(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(copyDir) })
	eleves, _ := classOf(t)
	for l, lg := range testkit.Languages {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"-root", root, filepath.Join(eleves, "dupont_marie")}, lg.Env, &stdout, &stderr)
		want := []string{"the teacher's project does not build (photos.go:14: a comma is missing at the end of the line): run go test in " + root + " to see why",
			"le projet du professeur ne compile pas (photos.go:14 : il manque une virgule à la fin de la ligne) : lancez go test dans " + root + " pour voir pourquoi"}[l]
		if code != 1 || !strings.Contains(stderr.String(), want+"\n") || stdout.Len() != 0 {
			t.Errorf("%s: status %d, stdout %q, stderr\n%s\nwant 1, no table, and %q", lg.Name, code, stdout.String(), stderr.String(), want)
		}
	}
}
