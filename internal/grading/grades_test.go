package grading

import (
	"os"
	"path/filepath"
	"testing"

	"photoserver/internal/photo"
)

func TestTheGradesFileHoldsWhatTheSheetGraded(t *testing.T) {
	list := []Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir sur un parquet.", Keyword: "chien"},
		{Title: "Carlin", URL: "https://e.org/2", Description: "Un carlin dans sa couverture.", Keyword: ""},
		{Title: "Morse", URL: "https://e.org/3", Description: "Un morse sur la glace.", Keyword: "TODO"},
	}
	s := builtInSource(en, list, []photo.Place{{File: "photos.go", Line: 21}, {File: "photos.go", Line: 22}, {File: "photos.go", Line: 23}})
	s.fakes = madeUp
	grades := GradeAll(en, s)
	path := filepath.Join(t.TempDir(), "grades.json")
	saveGrades(path, map[int]Grade{1: grades[1], 2: grades[2]}) // objective 3 did not finish
	got, err := ReadGrades(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("the file holds %d objectives, want the 2 that ran: %+v", len(got), got)
	}
	if g := got[1]; g.Earned != 4 || g.Points != 4 || g.Met != 3 || g.Of != 3 || g.Reason() != "" {
		t.Errorf("objective 1: %+v, want 4/4, 3 of 3, no reason", g)
	}
	want := grades[2].Problems[0]
	if g := got[2]; g.Earned != 0 || g.Points != 4 || g.Met != 1 || g.Of != 3 || g.Problems != 2 || g.Problem != want || g.Reason() != want {
		t.Errorf("objective 2: %+v, want 0/4, 1 of 3, 2 problems, the first %q", g, want)
	}
	if _, err := os.Stat(path + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("the temporary file is left behind: %v", err)
	}
	all := GradedAll(grades)
	if g := all[3]; g.Number != 3 || g.Earned != 2 || g.Points != 2 {
		t.Errorf("objective 3 graded in this process: %+v, want 2/2", g)
	}
}

func TestNoGradesFileMeansNothingGraded(t *testing.T) {
	got, err := ReadGrades(filepath.Join(t.TempDir(), "none.json"))
	if err != nil || len(got) != 0 {
		t.Errorf("ReadGrades of a missing file: %v, %v; want no grade and no error", got, err)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadGrades(bad); err == nil {
		t.Error("ReadGrades of a broken file gives no error")
	}
}

func TestTheReasonIsTheFirstProblemOrWhyNothingWasGraded(t *testing.T) {
	for _, tt := range []struct {
		g    Graded
		want string
	}{
		{Graded{Earned: 4, Points: 4}, ""},
		{Graded{Points: 4, Problem: "photos.go:23: a", Why: "b"}, "photos.go:23: a"},
		{Graded{Points: 4, Why: "the server does not answer"}, "the server does not answer"},
		{Graded{Points: 2, Unknown: "cannot be told over the network"}, ""},
	} {
		if got := tt.g.Reason(); got != tt.want {
			t.Errorf("%+v: Reason() = %q, want %q", tt.g, got, tt.want)
		}
	}
}

func TestTheFicheNamesEachObjectiveInBothLanguages(t *testing.T) {
	for l, lang := range languages {
		lines := Fiche(lang.P)
		want := [][]string{{"a description for every photo", "a keyword for every photo", "photos made with Faker"},
			{"une description pour chaque photo", "un mot-clé pour chaque photo", "des photos faites avec Faker"}}[l]
		if len(lines) != 3 {
			t.Fatalf("%s: %d objectives, want 3", lang.Name, len(lines))
		}
		for i, line := range lines {
			if line.Number != i+1 || line.Name != want[i] || line.Points != []int{4, 4, 2}[i] {
				t.Errorf("%s: objective %d is %+v, want %q", lang.Name, i+1, line, want[i])
			}
		}
	}
}
