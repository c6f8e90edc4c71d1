package grading

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"golang.org/x/text/message"
)

// GradesFile is the environment variable that names a file where a run of the
// objectives also writes its grades, as JSON, for a program that grades a whole class
// (tools/grade) and must not read them off a printed sheet. The file is written again
// each time an objective ends, so that a run stopped early (a fake.go that never
// returns) still tells which objectives finished, and with what.
const GradesFile = "PHOTOS_GRADES"

// Graded is one objective's grade as GradesFile holds it.
type Graded struct {
	Number   int    `json:"number"`
	Earned   int    `json:"earned"`
	Points   int    `json:"points"`
	Met      int    `json:"met"`
	Of       int    `json:"of"`
	Unknown  string `json:"unknown,omitempty"`  // why the objective cannot be told on this source
	Why      string `json:"why,omitempty"`      // when no photo could be graded: why
	Problem  string `json:"problem,omitempty"`  // the first problem line, when there is one
	Problems int    `json:"problems,omitempty"` // how many problem lines there are
}

// Reason is the first reason why the objective misses points, in one line, or "".
func (g Graded) Reason() string {
	switch {
	case g.Unknown != "" || g.Earned >= g.Points:
		return ""
	case g.Problem != "":
		return g.Problem
	}
	return g.Why
}

// graded is grade g of objective n as GradesFile holds it.
func graded(n int, g Grade) Graded {
	out := Graded{Number: n, Earned: g.Earned, Points: g.Points, Met: g.Met, Of: g.Of, Unknown: g.Unknown, Why: g.Why, Problems: len(g.Problems)}
	if len(g.Problems) > 0 {
		out.Problem = g.Problems[0]
	}
	return out
}

// saveGrades writes grades, by objective number, to the file at path, when path is
// not empty: whole or not at all (through a temporary file renamed), so that a reader
// never sees half of it. A file that cannot be written leaves the sheet as it is.
func saveGrades(path string, grades map[int]Grade) {
	if path == "" {
		return
	}
	list := make([]Graded, 0, len(grades))
	for n, g := range grades {
		list = append(list, graded(n, g))
	}
	slices.SortFunc(list, func(a, b Graded) int { return a.Number - b.Number })
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return
	}
	tmp := path + ".tmp"
	if os.WriteFile(tmp, b, 0o644) == nil {
		_ = os.Rename(tmp, path)
	}
}

// ReadGrades reads the grades a run wrote to path (see GradesFile), by objective
// number. A run that graded nothing leaves no file: then the map is empty and the
// error is nil.
func ReadGrades(path string) (map[int]Graded, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return map[int]Graded{}, nil
	}
	if err != nil {
		return nil, err
	}
	var list []Graded
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("reading the grades in %s: %w", path, err)
	}
	grades := make(map[int]Graded, len(list))
	for _, g := range list {
		grades[g.Number] = g
	}
	return grades, nil
}

// FicheLine is one objective of the exercise's fiche, as a table of grades heads it.
type FicheLine struct {
	Number int
	Name   string // in the printer's language: "a description for every photo"
	Points int
}

// Fiche lists the objectives of the fiche, in their order, named in p's language.
func Fiche(p *message.Printer) []FicheLine {
	lines := make([]FicheLine, len(objectives))
	for i, o := range objectives {
		lines[i] = FicheLine{Number: o.number, Name: o.name(p), Points: o.points}
	}
	return lines
}

// GradedAll is every grade of grades (GradeAll's), by objective number, as GradesFile
// holds them: for a program that grades in its own process (a server on the network).
func GradedAll(grades map[int]Grade) map[int]Graded {
	out := make(map[int]Graded, len(grades))
	for n, g := range grades {
		out[n] = graded(n, g)
	}
	return out
}
