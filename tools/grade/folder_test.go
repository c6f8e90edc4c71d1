package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// write writes files (by path under dir, with slashes), each modified at when.
func write(t *testing.T, dir string, files map[string]string, when time.Time) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, when, when); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAProjectIsAFolderWithGoModAndABackupPhotosGoIsNeverPreferred(t *testing.T) {
	day := t.TempDir()
	old, recent := time.Now().Add(-48*time.Hour), time.Now().Add(-time.Hour)
	write(t, day, map[string]string{"photo-server/go.mod": "module photoserver\n", "photo-server/photos.go": "package main\n", "photo-server/fake.go": "package main\n"}, old)
	write(t, day, map[string]string{"photo-server/sauvegarde/photos.go": "package main\n", "sauvegarde/photos.go": "package main\n"}, recent)
	got := findProjects(day)
	if len(got) != 1 || got[0].dir != filepath.Join(day, "photo-server") {
		t.Errorf("found %v, want photo-server alone: a photos.go without go.mod beside it, newer or not, is a backup", got)
	}
	// Without any go.mod (an old zip), the photos.go are still found, the newest first.
	if err := os.Remove(filepath.Join(day, "photo-server", "go.mod")); err != nil {
		t.Fatal(err)
	}
	if got := findProjects(day); len(got) != 3 {
		t.Errorf("without go.mod, found %v, want the 3 photos.go", got)
	}
}

func TestAnotherGoFileThatBreaksGoRunIsNamed(t *testing.T) {
	files := map[string][]byte{"photos.go": []byte(testkit.PhotosGo), "fake.go": []byte(testkit.FakeGo)}
	mainGo := "package main\n\nfunc main() {}\n\nfunc run() error { return nil }\n"
	tests := []struct {
		name  string
		other map[string]string
		want  [2]string // "" when go run . works
	}{
		{"a backup that declares the photos again", map[string]string{"main.go": mainGo, "photos (copie).go": testkit.PhotosGo},
			[2]string{"photos (copie).go declares Photo again, as photos.go does, so the server does not start in this folder: move that file out of the folder",
				"photos (copie).go déclare à nouveau Photo, comme photos.go, donc le serveur ne démarre pas dans ce dossier : sortez ce fichier du dossier"}},
		{"a file of another package", map[string]string{"main.go": mainGo, "notes.go": "package notes\n"},
			[2]string{"notes.go is of package notes, not main, so the server does not start in this folder: move that file out of the folder",
				"notes.go est du paquet notes, pas main, donc le serveur ne démarre pas dans ce dossier : sortez ce fichier du dossier"}},
		{"a file that does not parse", map[string]string{"main.go": mainGo, "essai.go": "package main\n\nfunc essai( {\n"},
			[2]string{"essai.go does not compile (line 3), so the server does not start in this folder: correct that file or move it out of the folder",
				"essai.go ne compile pas (ligne 3), donc le serveur ne démarre pas dans ce dossier : corrigez ce fichier ou sortez-le du dossier"}},
		{"a main.go that declares fakePhoto too", map[string]string{"main.go": mainGo + "\nfunc fakePhoto(n int, seed int64) Photo { return Photo{} }\n"},
			[2]string{"main.go declares fakePhoto again, as fake.go does, so the server does not start in this folder: move that file out of the folder",
				"main.go déclare à nouveau fakePhoto, comme fake.go, donc le serveur ne démarre pas dans ce dossier : sortez ce fichier du dossier"}},
		{"a helper of their own, tests, and files go build leaves aside", map[string]string{"main.go": mainGo, "aide.go": "package main\n\nfunc aide() string { return \"aide\" }\n\nfunc init() {}\n",
			"photos_test.go": "package main\n\nvar photos = 1\n", "vieux.go": "//go:build ignore\n\npackage main\n\nvar photos = 1\n", "_vieux.go": "package main\n\nvar photos = 1\n",
			"photos_windows_arm.go": "package main\n\nvar photos = 1\n"}, [2]string{"", ""}},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		write(t, dir, tt.other, time.Now())
		for l, lg := range testkit.Languages {
			if got := strayFile(lg.P, dir, files); got != tt.want[l] {
				t.Errorf("%s, %s: %q, want %q", tt.name, lg.Name, got, tt.want[l])
			}
		}
	}
}

func TestAFileThatBreaksGoRunIsNotedBesideTheGrade(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"photo-server/go.mod": "module photoserver\n", "photo-server/photos.go": testkit.PhotosGo, "photo-server/fake.go": testkit.FakeGo,
		"photo-server/photos (copie).go": testkit.PhotosGo}, time.Now())
	for l, lg := range testkit.Languages {
		r, files := collect(lg.P, target{name: "dupont", folder: dir})
		want := []string{"photos (copie).go declares Photo again", "photos (copie).go déclare à nouveau Photo"}[l]
		if files == nil || !strings.HasPrefix(r.note, want) {
			t.Errorf("%s: files %v, note %q; want the files to grade and a note that starts with %q", lg.Name, files != nil, r.note, want)
		}
	}
}
