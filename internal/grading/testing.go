package grading

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// run is what this run of go test grades: its source, read once, and the grades of the
// objectives that ran, for Main to print.
var run struct {
	once   sync.Once
	source *Source

	mu     sync.Mutex
	grades map[int]Grade
	said   bool // the source's problem was printed, once
}

// Objective grades objective n of the fiche (1, 2 or 3) on this run's source: the
// students' code, photos (photos.go) and fakePhoto (fake.go), unless PHOTOS_DATA or
// PHOTOS_URL names another. It prints each problem on a line of its own, fails the test
// unless every point is earned (skips it when the objective cannot be told on that
// source), and records the grade for the sheet that Main prints.
func Objective[P any](t *testing.T, n int, photos []P, fakePhoto func(n int, seed int64) P) {
	t.Helper()
	p := lang.Terminal(os.Getenv)
	run.once.Do(func() {
		code, err := photo.CodeOf(photos, fakePhoto)
		run.source = SourceOf(p, os.Getenv, code, err)
	})
	o := objectives[n-1]
	s := run.source
	g := o.grade(p, s).score(o.points)
	run.mu.Lock()
	if run.grades == nil {
		run.grades = map[int]Grade{}
	}
	run.grades[o.number] = g
	sayWhy := g.Why != "" && (g.Why != s.problem || !run.said) // the source's problem once per run
	run.said = run.said || (g.Why != "" && g.Why == s.problem)
	run.mu.Unlock()
	for _, line := range g.Problems {
		fmt.Fprintln(t.Output(), line)
	}
	if sayWhy {
		fmt.Fprintln(t.Output(), g.Why)
	}
	switch {
	case g.Unknown != "":
		t.Skip(g.Unknown)
	case g.Earned < g.Points:
		t.Fail()
	}
}

// Main runs the tests of m, the objectives, then prints the sheet of those that ran,
// pass or fail, and returns the exit code for os.Exit. The students' TestMain calls it.
func Main(m *testing.M) int {
	code := m.Run()
	if len(run.grades) > 0 {
		printSheet(os.Stdout, lang.Terminal(os.Getenv), run.source, run.grades)
	}
	return code
}
