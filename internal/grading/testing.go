package grading

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/startwatch"
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
// source), and records the grade for the sheet that Main prints, and in the file
// GradesFile names, when it is set.
func Objective[P any](t *testing.T, n int, photos []P, fakePhoto func(n int, seed int64) P) {
	t.Helper()
	p := lang.Terminal(os.Getenv)
	run.once.Do(func() {
		code, err := photo.CodeOf(photos, fakePhoto)
		run.source = SourceOf(p, os.Getenv, code, err)
		keepFromCache()
	})
	o := objectives[n-1]
	s := run.source
	g := o.grade(p, s).score(o.points)
	run.mu.Lock()
	if run.grades == nil {
		run.grades = map[int]Grade{}
	}
	run.grades[o.number] = g
	saveGrades(os.Getenv(GradesFile), run.grades)
	sayWhy := g.Why != "" && (g.Why != s.problem || !run.said) // the source's problem once per run
	run.said = run.said || (g.Why != "" && g.Why == s.problem)
	run.mu.Unlock()
	failing := g.Unknown == "" && g.Earned < g.Points
	for _, line := range g.Problems {
		say(t, failing, line)
	}
	if sayWhy {
		say(t, failing, g.Why)
	}
	switch {
	case g.Unknown != "":
		say(t, false, g.Unknown) // one line, without a test file's name before it
		t.SkipNow()
	case g.Earned < g.Points:
		t.Fail()
	}
}

// Main runs the tests of m, the objectives, then prints the sheet of those that ran,
// pass or fail, and returns the exit code for os.Exit. The students' TestMain calls it.
// When GradesFile is set, a program reads the grades from that file (each objective
// writes it as it ends): the sheet is still printed, but never to the terminal.
//
// The sheet is seen whichever way go test is typed. `go test` (local directory mode)
// shows what the test prints. `go test .` and `go test ./...` (package list mode) show
// it only when a test fails, and replay a cached "ok" without running the tests at all:
// so the sheet is also written to a file that the run then reads back (LastSheet),
// which go test takes as an input too new to cache, and, when every objective passed
// and go test holds the output back from a terminal, it is written to that terminal.
func Main(m *testing.M) int {
	startwatch.Stop() // the students' package-level code has run (see package startwatch)
	code := m.Run()
	if len(run.grades) == 0 {
		return code
	}
	var sheet bytes.Buffer
	printSheet(&sheet, lang.Terminal(os.Getenv), run.source, run.grades)
	_, _ = os.Stdout.Write(sheet.Bytes())
	_ = os.WriteFile(LastSheet, sheet.Bytes(), 0o644) // a folder we cannot write to: the sheet is still printed
	// When a program reads the grades (GradesFile), the terminal is the teacher's, not this pair's.
	if code == 0 && !testing.Verbose() && os.Getenv(GradesFile) == "" {
		if tty := terminalBehindGo(); tty != nil {
			_, _ = tty.Write(sheet.Bytes())
			tty.Close()
		}
	}
	return code
}

// LastSheet is the file, in the graded folder, where each run writes its sheet: the
// last sheet of that folder, for the teacher (hidden, as its name starts with a dot).
const LastSheet = ".last-sheet.txt"

// keepFromCache touches LastSheet and reads it, while the tests run: go test records
// the files of the module a test opens, and does not cache a run that read one changed
// less than two seconds before (cmd/go's test cache, hashOpen). A grade depends on more
// than the code (a server on the network, a data file), so it is never replayed. That
// rule is cmd/go's, not a documented promise (go help test documents only that a run is
// replayed when its binary, flags, files and environment are the same):
// TestGoTestDotNeverReplaysAGradeOfAServerThatChanged runs the real go test . and fails
// loudly when a release changes it.
func keepFromCache() {
	now := time.Now()
	if os.Chtimes(LastSheet, now, now) != nil && os.WriteFile(LastSheet, nil, 0o644) != nil {
		return
	}
	if f, err := os.Open(LastSheet); err == nil {
		f.Close()
	}
}

// terminalBehindGo returns the terminal that go test writes to when it holds this
// test's output back (package list mode: go test ., go test ./...), or nil: when the
// output already goes to a terminal (go test), when go's own output does not either
// (redirected to a file or a pipe), or on a system without /proc (then the README
// says to type go test, which always shows the sheet). That go test's standard output is
// the parent's descriptor 1 is how cmd/go runs a test binary today, not a promise:
// TestGoTestDotShowsTheSheetOnTheTerminalEveryTime checks it under a pseudo-terminal.
func terminalBehindGo() *os.File {
	ours, err := os.Stdout.Stat()
	if err != nil || ours.Mode()&os.ModeCharDevice != 0 {
		return nil
	}
	gos, err := os.Stat(fmt.Sprintf("/proc/%d/fd/1", os.Getppid()))
	if err != nil || gos.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return nil
	}
	return tty
}
