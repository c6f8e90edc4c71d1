package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"photoserver/internal/catalog"
	"photoserver/internal/grading"
	"photoserver/internal/lang"
	"photoserver/internal/testkit"
)

func TestEveryMessageIsInBothLanguages(t *testing.T) {
	testkit.FrenchIsComplete(t, french, "the grader", ".")
}

func TestACommandLineMistakeIsOneSentenceAndStatus2(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	tests := []struct {
		args []string
		want [2]string
	}{
		{nil, [2]string{"give the folders of the pairs, or the addresses of their servers, such as go run ./tools/grade /home/premiere/Eleves/*/seances/18_10_21",
			"donnez les dossiers des binômes, ou les adresses de leurs serveurs, comme go run ./tools/grade /home/premiere/Eleves/*/seances/18_10_21"}},
		{[]string{"-nope", "."}, [2]string{"-nope is not a flag: run go run ./tools/grade -h to see the flags", "-nope n'est pas une option : lancez go run ./tools/grade -h pour voir les options"}},
		{[]string{"-timout", "5s", "."}, [2]string{"-timout is not a flag: did you mean -timeout? (go run ./tools/grade -h shows them all)", "-timout n'est pas une option : vouliez-vous dire -timeout ? (go run ./tools/grade -h les montre toutes)"}},
		{[]string{"-timeout", "soon", "."}, [2]string{"-timeout must be a duration, such as -timeout 20s or -timeout 1m", "-timeout doit être une durée, comme -timeout 20s ou -timeout 1m"}},
		{[]string{".", "-o"}, [2]string{"-o must be followed by its value: run go run ./tools/grade -h to see the flags", "-o doit être suivi de sa valeur : lancez go run ./tools/grade -h pour voir les options"}},
		{[]string{"-o", filepath.Join(missing, "notes.csv"), "."}, [2]string{"-o " + filepath.Join(missing, "notes.csv") + ": the folder " + missing + " does not exist, so the file cannot be written there",
			"-o " + filepath.Join(missing, "notes.csv") + " : le dossier " + missing + " n'existe pas, le fichier ne peut donc pas y être écrit"}},
		{[]string{"-html", "-o", "notes.csv", "."}, [2]string{`-html must be followed by a file name, not by "-o"`, "-html doit être suivi d'un nom de fichier, pas de « -o »"}},
		{[]string{missing}, [2]string{missing + " is neither a folder nor an address such as 192.168.1.42:9000: check the path", missing + " n'est ni un dossier ni une adresse comme 192.168.1.42:9000 : vérifiez le chemin"}},
		{[]string{filepath.Join(missing, "*", "seances")}, [2]string{"no folder matches " + filepath.Join(missing, "*", "seances") + ": check the path, up to the star",
			"aucun dossier ne correspond à " + filepath.Join(missing, "*", "seances") + " : vérifiez le chemin, jusqu'à l'étoile"}},
		{[]string{"-root", missing, "."}, [2]string{"-root " + missing + " is not the photo server's folder: it has no go.mod of module photoserver",
			"-root " + missing + " n'est pas le dossier du serveur de photos : il n'a pas de go.mod du module photoserver"}},
	}
	for _, tt := range tests {
		for l, lg := range testkit.Languages {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, lg.Env, &stdout, &stderr)
			if code != 2 || strings.TrimSpace(stderr.String()) != tt.want[l] || stdout.Len() != 0 {
				t.Errorf("%s, %q: status %d, stderr %q, stdout %q; want 2 and %q alone", lg.Name, tt.args, code, stderr.String(), stdout.String(), tt.want[l])
			}
		}
	}
}

func TestHelpShowsTheCommandWithExamples(t *testing.T) {
	for l, lg := range testkit.Languages {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{"-h"}, lg.Env, &stdout, &stderr); code != 0 {
			t.Errorf("%s: -h gives status %d, want 0", lg.Name, code)
		}
		want := []string{"Usage: go run ./tools/grade [flags] FOLDER_OR_ADDRESS...", "Utilisation : go run ./tools/grade [options] DOSSIER_OU_ADRESSE..."}[l]
		for _, s := range []string{want, "go run ./tools/grade -o notes.csv -html classe.html /home/premiere/Eleves/*/seances/18_10_21", "  -timeout ", "  -root "} {
			if !strings.Contains(stdout.String(), s) {
				t.Errorf("%s: -h does not say %q:\n%s", lg.Name, s, stdout.String())
			}
		}
	}
}

func TestFlagsMayComeAfterTheFolders(t *testing.T) {
	cfg, err := parseArgs(lang.English, []string{"a", "-timeout", "5", "b", "-o", "notes.csv", "--", "-c"}, &bytes.Buffer{})
	if err != nil || cfg.timeout != 5*time.Second || cfg.csv != "notes.csv" || !slices.Equal(cfg.targets, []string{"a", "b", "-c"}) {
		t.Errorf("got %+v, %v; want a timeout of 5 s, notes.csv, and the folders a, b, -c", cfg, err)
	}
}

func TestServersAreGradedByAddressOutOf8(t *testing.T) {
	complete := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, _ := catalog.New(testkit.Schema(), testkit.Records(testkit.SamplePhotos))
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = w.Write(c.List().Plain.Body)
	}))
	defer complete.Close()
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	completeAddr, downAddr := strings.TrimPrefix(complete.URL, "http://"), down.URL // one as a banner gives it, one with http://
	for l, lg := range testkit.Languages {
		t.Run(lg.Name, func(t *testing.T) {
			csvFile := filepath.Join(t.TempDir(), "notes.csv")
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), []string{"-o", csvFile, completeAddr, downAddr}, lg.Env, &stdout, &stderr); code != 0 {
				t.Fatalf("status %d, want 0:\n%s%s", code, stdout.String(), stderr.String())
			}
			rows := map[string]string{}
			for _, line := range strings.Split(stdout.String(), "\n") {
				if f := strings.Fields(line); len(f) > 0 {
					rows[f[0]] = strings.Join(f, " ")
				}
			}
			downName := strings.TrimPrefix(down.URL, "http://")
			wants := map[string]string{
				completeAddr: completeAddr + " " + []string{"4/4 (4 of 4) 4/4 (4 of 4) -/2 8/8", "4/4 (4 sur 4) 4/4 (4 sur 4) -/2 8/8"}[l],
				// A server that does not answer is not graded (no 0/8), as a folder without photos.go.
				downName: downName + " " + []string{"the server at " + down.URL + "/photos does not answer (nothing listens on that port)",
					"le serveur à l'adresse " + down.URL + "/photos ne répond pas (rien n'écoute sur ce port)"}[l],
			}
			for name, want := range wants {
				if !strings.HasPrefix(rows[name], want) {
					t.Errorf("the row of %s is %q, want it to start with %q\n%s", name, rows[name], want, stdout.String())
				}
			}
			if strings.Contains(stdout.String(), "Compiling") || strings.Contains(stderr.String(), "Compiling") || strings.Contains(stderr.String(), "Compilation") {
				t.Errorf("servers alone need no compiling:\n%s", stderr.String())
			}
			b, err := os.ReadFile(csvFile)
			if err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF"))))
			r.Comma = []rune{',', ';'}[l]
			records, err := r.ReadAll()
			if err != nil || len(records) != 3 {
				t.Fatalf("the CSV file: %v, %d lines, want 3:\n%s", err, len(records), b)
			}
			got := map[string]string{}
			for _, rec := range records[1:] {
				got[rec[0]] = strings.Join(rec[1:10], "|")
			}
			count := []string{"4 of 4", "4 sur 4"}[l]
			if want := complete.URL + "/photos|4|" + count + "|4|" + count + "|||8|8"; got[completeAddr] != want {
				t.Errorf("CSV line of the complete server: %q, want %q (objective 3 empty, total 8 out of 8, as in the terminal)", got[completeAddr], want)
			}
			if want := down.URL + "/photos||||||||"; got[downName] != want {
				t.Errorf("CSV line of the server that is down: %q, want %q: not graded", got[downName], want)
			}
		})
	}
}

func TestARowIsNamedByWhatDiffersBetweenPairs(t *testing.T) {
	tests := []struct {
		folders []string
		want    []string
	}{
		{[]string{"/home/premiere/Eleves/dupont_marie/seances/18_10_21", "/home/premiere/Eleves/Émilie_Noël/seances/18_10_21"}, []string{"dupont_marie", "Émilie_Noël"}},
		{[]string{"/home/premiere/Eleves/dupont_marie/seances/18_10_21"}, []string{"18_10_21"}},
		{[]string{"/tmp/a/photo-server", "/tmp/b/photo-server", "/tmp/b/c/photo-server"}, []string{"a", "b", "b/c"}},
		{[]string{"/tmp/x", "/tmp/x/y"}, []string{"x", "y"}},
	}
	for _, tt := range tests {
		var targets []target
		for _, f := range tt.folders {
			targets = append(targets, target{folder: filepath.FromSlash(f)})
		}
		targets = append(targets, target{address: "192.168.1.42:9000", name: "192.168.1.42:9000"})
		names(targets)
		var got []string
		for _, t := range targets[:len(tt.folders)] {
			got = append(got, t.name)
		}
		if !slices.Equal(got, tt.want) || targets[len(targets)-1].name != "192.168.1.42:9000" {
			t.Errorf("%q are named %q, want %q (and the address by itself)", tt.folders, got, tt.want)
		}
	}
}

func TestAnAddressIsTellsFromAFolder(t *testing.T) {
	for arg, want := range map[string]bool{
		"192.168.1.42:9000": true, "http://192.168.1.42:9000": true, "https://example.org/photos": true, "localhost:9000": true,
		"192.168.1.42:9000/": true, "C:\\Eleves": false, "Eleves/dupont": false, "192.168.1.42": false, "host:port": false, ":9000": false,
	} {
		if got := isAddress(arg); got != want {
			t.Errorf("isAddress(%q) = %v, want %v", arg, got, want)
		}
	}
}

func TestAPairsProjectIsFoundBelowTheirFolderTheNewestFirst(t *testing.T) {
	day := t.TempDir()
	old, recent := time.Now().Add(-48*time.Hour), time.Now().Add(-time.Hour)
	for name, when := range map[string]time.Time{
		"photo-server/photos.go": old, "photo-server/fake.go": old,
		"copie/photo-server/photos.go": old, "copie/photo-server/fake.go": recent, // fake.go changed last: this one is the newest
		"photo-server/vendor/x/photos.go": recent, "photo-server/internal/y/photos.go": recent,
		".Trash/photos.go": recent, "node_modules/z/photos.go": recent, "notes/photos.go.txt": recent,
	} {
		path := filepath.Join(day, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("package main\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, when, when); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, f := range findProjects(day) {
		got = append(got, relative(day, f.dir))
	}
	if want := []string{"copie/photo-server", "photo-server"}; !slices.Equal(got, want) {
		t.Errorf("found %q, want %q (the newest first; vendor/, internal/, hidden folders left aside)", got, want)
	}
	if got := findProjects(filepath.Join(day, "notes")); len(got) != 0 {
		t.Errorf("a folder without photos.go has projects: %v", got)
	}
	if got := findProjects(filepath.Join(day, "photo-server")); len(got) != 1 || got[0].dir != filepath.Join(day, "photo-server") {
		t.Errorf("the project's own folder: %v, want itself", got)
	}
}

// fakeClass is a class graded without compiling: rows as the grader makes them.
func fakeClass() []row {
	full := func(n, earned, points int) grading.Graded {
		return grading.Graded{Number: n, Earned: earned, Points: points, Met: 14, Of: 14}
	}
	return []row{
		{name: "zoé", where: "/e/zoé", grades: map[int]grading.Graded{1: full(1, 4, 4), 2: full(2, 4, 4), 3: full(3, 2, 2)}},
		{name: "Émilie", where: "/e/Émilie", grades: map[int]grading.Graded{1: full(1, 4, 4), 2: {Number: 2, Points: 4, Met: 2, Of: 3, Problem: "photos.go:15: photo 2 has no keyword", Problems: 1}, 3: full(3, 2, 2)}},
		{name: "adam", where: "http://192.168.1.42:9000/photos", grades: map[int]grading.Graded{1: full(1, 4, 4), 2: {Number: 2, Points: 4, Why: "down"}, 3: {Number: 3, Points: 2, Unknown: "cannot be told"}}},
		{name: "Bruno", where: "/e/Bruno", reason: "no photos.go in this folder"},
		{name: "eve", where: "/e/eve/b", note: "2 projects in this folder: graded b", grades: map[int]grading.Graded{1: full(1, 4, 4), 2: full(2, 4, 4), 3: full(3, 2, 2)}},
	}
}

func TestTheClassIsSortedByNameAccentsAndCapitalsAside(t *testing.T) {
	var got []string
	for _, r := range newClass(lang.English, language.English, fakeClass()).rows {
		got = append(got, r.name)
	}
	if want := []string{"adam", "Bruno", "Émilie", "eve", "zoé"}; !slices.Equal(got, want) {
		t.Errorf("sorted %q, want %q", got, want)
	}
}

func TestTheTableShowsPointsTotalAndTheFirstReason(t *testing.T) {
	for l, lg := range testkit.Languages {
		var out bytes.Buffer
		newClass(lg.P, []language.Tag{language.English, language.French}[l], fakeClass()).writeTable(&out)
		want := [][]string{{
			"Obj. 1: a description for every photo (4 points)",
			"Name            Obj. 1          Obj. 2          Obj. 3  Total  Reason",
			"adam    4/4 (14 of 14)             0/4             -/2    4/8  down",
			"Bruno                                                          no photos.go in this folder",
			"Émilie  4/4 (14 of 14)    0/4 (2 of 3)  2/2 (14 of 14)   6/10  photos.go:15: photo 2 has no keyword",
			"eve     4/4 (14 of 14)  4/4 (14 of 14)  2/2 (14 of 14)  10/10  2 projects in this folder: graded b",
		}, {
			"Obj. 1 : une description pour chaque photo (4 points)",
			"Nom              Obj. 1           Obj. 2           Obj. 3  Total  Raison",
			"Émilie  4/4 (14 sur 14)    0/4 (2 sur 3)  2/2 (14 sur 14)   6/10  photos.go:15: photo 2 has no keyword",
		}}[l]
		for _, line := range want {
			if !strings.Contains(out.String(), line+"\n") {
				t.Errorf("%s: the table has no line %q:\n%s", lg.Name, line, out.String())
			}
		}
	}
}

func TestTheCSVFileOpensRightInTheTeachersSpreadsheet(t *testing.T) {
	for l, lg := range testkit.Languages {
		var out bytes.Buffer
		c := newClass(lg.P, []language.Tag{language.English, language.French}[l], fakeClass())
		if err := c.writeCSV(&out); err != nil {
			t.Fatal(err)
		}
		// The total is the terminal's, out of what the terminal says (8 for a server),
		// never scaled to 10; each objective's count is beside its points.
		want := []string{"name,folder or address,objective 1,objective 1: photos,objective 2,objective 2: photos,objective 3,objective 3: photos,total,out of,reason\n" +
			"adam,http://192.168.1.42:9000/photos,4,14 of 14,0,,,,4,8,down\n" +
			"Bruno,/e/Bruno,,,,,,,,,no photos.go in this folder\n" +
			"Émilie,/e/Émilie,4,14 of 14,0,2 of 3,2,14 of 14,6,10,photos.go:15: photo 2 has no keyword\n" +
			"eve,/e/eve/b,4,14 of 14,4,14 of 14,2,14 of 14,10,10,2 projects in this folder: graded b\n" +
			"zoé,/e/zoé,4,14 of 14,4,14 of 14,2,14 of 14,10,10,\n",
			"\uFEFFnom;dossier ou adresse;objectif 1;objectif 1 : photos;objectif 2;objectif 2 : photos;objectif 3;objectif 3 : photos;total;sur;raison\n" +
				"adam;http://192.168.1.42:9000/photos;4;14 sur 14;0;;;;4;8;down\n" +
				"Bruno;/e/Bruno;;;;;;;;;no photos.go in this folder\n"}[l]
		if !strings.HasPrefix(out.String(), want) {
			t.Errorf("%s: the CSV file is\n%s\nwant it to start with\n%s", lg.Name, out.String(), want)
		}
	}
}

func TestThePageNeedsNoInternetAndSaysHowManyReachedEachObjective(t *testing.T) {
	for l, lg := range testkit.Languages {
		var out bytes.Buffer
		if err := newClass(lg.P, []language.Tag{language.English, language.French}[l], fakeClass()).writeHTML(&out); err != nil {
			t.Fatal(err)
		}
		page := out.String()
		wants := [][]string{{`<html lang="en">`, "Objective 1, a description for every photo: 4 of 4 pairs", "Objective 2, a keyword for every photo: 2 of 4 pairs",
			"Objective 3, photos made with Faker: 3 of 3 pairs", "<td>Émilie<div", "photos.go:15: photo 2 has no keyword"},
			{`<html lang="fr">`, "Objectif 2, un mot-clé pour chaque photo : 2 sur 4 binômes", "<th>Raison</th>"}}[l]
		for _, want := range wants {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page has no %q:\n%s", lg.Name, want, page)
			}
		}
		for _, external := range []string{"src=", "href=", "@import", "url("} {
			if strings.Contains(page, external) {
				t.Errorf("%s: the page fetches something (%s): it must need no internet", lg.Name, external)
			}
		}
	}
}

func TestWhatAPairPrintsIsCapped(t *testing.T) {
	c := &capped{max: 10}
	for range 100 {
		if n, err := c.Write([]byte("0123456789abc")); n != 13 || err != nil {
			t.Fatalf("Write: %d, %v; want it to take everything, silently", n, err)
		}
	}
	if c.String() != "0123456789" {
		t.Errorf("kept %q, want the first 10 bytes", c.String())
	}
}

func TestAPairsTestsCannotBeToldToGradeSomethingElse(t *testing.T) {
	env := childEnv([]string{"PHOTOS_URL=http://x", "PHOTOS_DATA=d.json", "PHOTOS_GRADES=g", "GOFLAGS=-mod=mod", "HOME=/home/prof", "GOPROXY=https://proxy.golang.org"})
	for _, kv := range env {
		if strings.HasPrefix(kv, "PHOTOS_") || kv == "GOFLAGS=-mod=mod" || strings.HasPrefix(kv, "GOPROXY=https") {
			t.Errorf("the pair's tests get %s", kv)
		}
	}
	for _, want := range []string{"HOME=/home/prof", "GOFLAGS=-mod=vendor", "GOPROXY=off", "GOTOOLCHAIN=local"} {
		if !slices.Contains(env, want) {
			t.Errorf("the pair's build and tests lack %s: %q", want, env)
		}
	}
}

func TestTheCopyTakesWhatTheBuildNeedsAndNoTest(t *testing.T) {
	for rel, want := range map[string]bool{
		"go.mod": true, "go.sum": true, "vendor/modules.txt": true, "internal/grading/grading.go": true,
		"internal/grading/sheet_test.go": false, "internal/testkit/testkit.go": false, "internal/datafile/testdata/fuzz/x": false,
		"photos.go": false, "photos_test.go": false, "tools/grade/main.go": false, ".git/HEAD": false,
	} {
		isDir := false
		if got := copied(rel, isDir) && copiedDirs(rel); got != want {
			t.Errorf("copied(%q) = %v, want %v", rel, got, want)
		}
	}
}

// copiedDirs reports whether every folder above rel is copied.
func copiedDirs(rel string) bool {
	parts := strings.Split(rel, "/")
	for i := 1; i < len(parts); i++ {
		if !copied(strings.Join(parts[:i], "/"), true) {
			return false
		}
	}
	return true
}

func TestAServerThatSendsGarbageGetsItsRowAndTheRunGoesOn(t *testing.T) {
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("<html><body>It works!</body></html>"))
	}))
	defer garbage.Close()
	for l, lg := range testkit.Languages {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{garbage.URL}, lg.Env, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: status %d, want 0:\n%s%s", lg.Name, code, stdout.String(), stderr.String())
		}
		want := []string{"0/4 0/4 -/2 0/8 the answer of " + garbage.URL + `/photos is not a JSON list of photos, [{...}, {...}]: it begins with "<html><body>It works!</body></html>"`,
			"0/4 0/4 -/2 0/8 la réponse de " + garbage.URL + "/photos n'est pas une liste de photos en JSON, [{...}, {...}] : elle commence par « <html><body>It works!</body></html> »"}[l]
		if !strings.Contains(strings.Join(strings.Fields(stdout.String()), " "), want) {
			t.Errorf("%s: the table does not say %q:\n%s", lg.Name, want, stdout.String())
		}
	}
}

func TestAFlagMistakeIsFoundFromWhereTheFlagPackageStoppedNotFromItsWords(t *testing.T) {
	newFlags := func() *flag.FlagSet {
		var cfg config
		fs := flag.NewFlagSet("grade", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.StringVar(&cfg.csv, "o", "", "")
		fs.Func("timeout", "", func(v string) error { _, err := parseDuration(v); return err })
		return fs
	}
	for args, want := range map[string]string{
		"-timout 5s":  "-timout is not a flag: did you mean -timeout?",
		"-timeout 0":  "-timeout must be a duration",
		"-o":          "-o must be followed by its value",
		"-o x --nope": "-nope is not a flag",
	} {
		fs := newFlags()
		if fs.Parse(strings.Fields(args)) == nil {
			t.Fatalf("the flag package takes %s", args)
		}
		if got := lang.Say(lang.English, flagError(fs, strings.Fields(args), errors.New("a wording of another Go"))); !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want %q", args, got, want)
		}
	}
	// A mistake none of the sentences covers keeps the flag package's words.
	for l, lg := range testkit.Languages {
		fs, args := newFlags(), []string{"---o"}
		if fs.Parse(args) == nil {
			t.Fatalf("the flag package takes %v", args)
		}
		err := flagError(fs, args, errors.New("a message the flag package may write one day"))
		want := []string{"the command line is not understood (a message the flag package may write one day): run go run ./tools/grade -h to see the flags",
			"la ligne de commande n'est pas comprise (a message the flag package may write one day) : lancez go run ./tools/grade -h pour voir les options"}[l]
		if got := lang.Say(lg.P, err); !errors.As(err, new(usageError)) || got != want {
			t.Errorf("%s: got %q, want %q", lg.Name, got, want)
		}
	}
}
