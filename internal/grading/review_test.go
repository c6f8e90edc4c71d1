package grading

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"photoserver/internal/photo"
)

func TestTheReviewMarksWhatTheObjectivesRefuseWithItsReason(t *testing.T) {
	list := []Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir sur un parquet.", Keyword: "chien"},
		{Title: "Carlin", URL: "https://e.org/2", Description: "...", Keyword: "TODO"},
		{Title: "Morse", URL: "https://e.org/3", Description: "Un chiot noir sur un parquez.", Keyword: "qsdkfj"},
		{Title: "Méduses", URL: "images/meduses.jpg", Description: "Méduses", Keyword: ""},
	}
	type want struct{ description, keyword string } // "" when the text counts
	wants := [2][]want{{
		{"", ""},
		{"says nothing", "says nothing"},
		{"nearly the same as photo 1's, a letter or two apart", "is not made of words of French or English"},
		{"only repeats the title", "missing"},
	}, {
		{"", ""},
		{"ne dit rien", "ne dit rien"},
		{"presque la même que celle de la photo 1, à une lettre ou deux près", "n'est pas fait de mots français ou anglais"},
		{"ne fait que répéter le titre", "absent"},
	}}
	for l, lg := range languages {
		s := builtInSource(lg.P, list, nil)
		got := Review(lg.P, s)
		if len(got) != len(list) {
			t.Fatalf("%s: %d photos reviewed, want %d", lg.Name, len(got), len(list))
		}
		grades := GradeAll(lg.P, s)
		counted := map[photo.Role]int{}
		for i, r := range got {
			in := list[i]
			if r.Title != in.Title || r.URL != in.URL || r.Description != in.Description || r.Keyword != in.Keyword {
				t.Errorf("%s: photo %d (%s) is shown as %+v, want its texts as sent", lg.Name, i+1, in.Title, r)
			}
			w := wants[l][i]
			if r.DescriptionWhy != w.description || r.KeywordWhy != w.keyword {
				t.Errorf("%s: photo %d (%s): refused %q and %q, want %q and %q", lg.Name, i+1, in.Title, r.DescriptionWhy, r.KeywordWhy, w.description, w.keyword)
			}
			if r.DescriptionWhy == "" {
				counted[photo.Description]++
			}
			if r.KeywordWhy == "" {
				counted[photo.Keyword]++
			}
		}
		// The page and the points agree: what the page does not mark is what met the objective.
		if counted[photo.Description] != grades[1].Met || counted[photo.Keyword] != grades[2].Met {
			t.Errorf("%s: the review accepts %d descriptions and %d keywords, the objectives %d and %d", lg.Name,
				counted[photo.Description], counted[photo.Keyword], grades[1].Met, grades[2].Met)
		}
	}
}

func TestAServerThatDoesNotAnswerIsToldFromOneThatAnswersBadly(t *testing.T) {
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	garbage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "<html>It works!</html>")
	}))
	defer garbage.Close()
	for _, lg := range languages {
		if why := RemoteSource(lg.P, down.URL).Unanswered(); why == "" || !strings.Contains(why, down.URL) {
			t.Errorf("%s: a server that is down: Unanswered() = %q, want why, with its address", lg.Name, why)
		}
		if why := RemoteSource(lg.P, garbage.URL).Unanswered(); why != "" {
			t.Errorf("%s: a server that answers something: Unanswered() = %q, want \"\" (graded on what it sends)", lg.Name, why)
		}
	}
}
