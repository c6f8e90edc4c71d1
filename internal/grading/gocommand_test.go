//go:build integration && linux

package grading

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"

	"photoserver/internal/catalog"
	"photoserver/internal/testkit"
)

// Two habits of the go command that the sheet relies on, which no document promises,
// each checked here on the real go command so that a Go release that changes one fails
// loudly (the README's Tests part says so too).

// goTest runs go test . in dir, with env added, offline and in English, under command
// when given (script, for a terminal); it returns what was printed.
func goTest(t *testing.T, dir string, env []string, command ...string) string {
	t.Helper()
	if len(command) == 0 {
		command = []string{"go", "test", "."}
	}
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=vendor", "GOPROXY=off", "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=", GradesFile+"="), env...)
	out, err := cmd.CombinedOutput()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatal(err)
	}
	return string(out)
}

// keepFromCache: go test . (package list mode) replays a passing run from its cache when
// the test binary, the files and the environment variables it read are the same; a grade
// of PHOTOS_URL depends on a server go cannot see. The sheet keeps its run from being
// cached by reading .last-sheet.txt just after touching it, as cmd/go does not cache a
// run that read a file changed less than 2 s before.
func TestGoTestDotNeverReplaysAGradeOfAServerThatChanged(t *testing.T) {
	t.Parallel() // minutes of go test on a busy machine, in a folder of its own
	dir := testkit.ProjectCopy(t, "../..")
	var keywords atomic.Bool
	keywords.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		list := append([]testkit.Photo(nil), testkit.SamplePhotos...)
		for i := range list {
			if !keywords.Load() {
				list[i].Keyword = ""
			}
		}
		c, err := catalog.New(testkit.Schema(), testkit.Records(list))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = w.Write(c.List().Plain.Body)
	}))
	defer srv.Close()
	env := []string{"PHOTOS_URL=" + srv.URL}
	if out := goTest(t, dir, env); !strings.Contains(out, "ok  \tphotoserver") {
		t.Fatalf("go test . on a complete server does not pass:\n%s", out)
	}
	keywords.Store(false) // the pair's server changes; nothing go test can see does
	out := goTest(t, dir, env)
	if strings.Contains(out, "(cached)") || !strings.Contains(out, "FAIL") || !strings.Contains(out, "0/4") {
		t.Errorf("go test . replayed the grade of a server that changed since: cmd/go caches a run that read a file changed less than 2 s before (keepFromCache, grading/testing.go), so the sheet needs another way to keep its grades from the cache (README, Tests):\n%s", out)
	}
}

// terminalBehindGo: go test . shows a passing package's output to no one, so the sheet
// is also written to the terminal that go test writes to, found as go's standard output
// (/proc/PPID/fd/1). Checked under a pseudo-terminal (script, from util-linux), twice:
// the second run is graded again, not replayed from the cache without its sheet.
func TestGoTestDotShowsTheSheetOnTheTerminalEveryTime(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script (util-linux) is not installed: the sheet written to the terminal behind go test . is not checked here; install util-linux to check it")
	}
	t.Parallel()
	dir := testkit.ProjectCopy(t, "../..")
	for run := 1; run <= 2; run++ {
		out := goTest(t, dir, nil, script, "-q", "-e", "-c", "go test .", "/dev/null")
		if !strings.Contains(out, "ok  \tphotoserver") {
			t.Fatalf("run %d: go test . does not pass on the project's sample photos:\n%s", run, out)
		}
		if strings.Contains(out, "(cached)") || !strings.Contains(out, "Grading sheet:") || !strings.Contains(out, "Total") {
			t.Errorf("run %d: go test . in a terminal shows no sheet: go's standard output is no longer found as /proc/PPID/fd/1, or the run was replayed from the cache (terminalBehindGo, keepFromCache in grading/testing.go; README, Tests):\n%s", run, out)
		}
	}
}
