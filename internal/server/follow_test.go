//go:build integration

package server

import (
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"photoserver/internal/testkit"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The server following its own code: these tests copy the project into a folder of
// their own and run it as a student does, with go run . and the real go command.

// projectCopy copies the module into a new folder, with the students' files of these
// tests (testkit.ProjectCopy).
func projectCopy(t *testing.T) string { return testkit.ProjectCopy(t, "../..") }

// replaceIn saves path with old replaced by new, once; the test stops when path has no old.
func replaceIn(t *testing.T, path, old, new string) {
	t.Helper()
	content := readFile(t, path)
	if !strings.Contains(content, old) {
		t.Fatalf("%s has no %q to change", path, old)
	}
	saveInPlace(t, path, strings.Replace(content, old, new, 1))
}

// goCommandTest skips a test of the programs the go command builds (go run ., go build,
// go test in a copy of the project) under the race detector: their work is in those
// programs, built without it, so -race would only make the test binary slower. They run
// without -race, in CI's step for them and in make test (the Makefile's GO_COMMAND_TESTS).
func goCommandTest(t *testing.T) {
	t.Helper()
	if raceDetector {
		t.Skip("this test's work is in programs the go command builds, which the race detector does not watch: it runs without -race (make test and .ci/run run it so)")
	}
}

// goRun is go run . in dir with args, in a process group of its own (as a terminal's
// job: Ctrl+C goes to the whole group), offline, in English.
type goRun struct {
	cmd            *exec.Cmd
	stdout, stderr *syncBuffer
	base           string     // http://127.0.0.1:port
	exited         chan error // go run's end
	tmp            string     // its TMPDIR: where its builds go, its own (see processesIn)
}

// startGoRun starts the server in dir with go run .; go run's own exit status is 1
// after Ctrl+C, whatever the program's.
func startGoRun(t *testing.T, dir string, args ...string) *goRun {
	t.Helper()
	return startIn(t, dir, exec.Command("go", append([]string{"run", ".", "-addr", "127.0.0.1:0"}, args...)...))
}

// startBuilt builds the server in dir and runs it there, as go run runs it, so that
// the test sees the program's own exit status.
func startBuilt(t *testing.T, dir string, args ...string) *goRun {
	t.Helper()
	build := exec.Command("go", "build", "-o", "photo-server", ".")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return startIn(t, dir, exec.Command(filepath.Join(dir, "photo-server"), append([]string{"-addr", "127.0.0.1:0"}, args...)...))
}

// startIn starts cmd in dir, in a process group of its own, and waits for its banner.
func startIn(t *testing.T, dir string, cmd *exec.Cmd) *goRun {
	t.Helper()
	cmd.Dir = dir
	tmp := t.TempDir()
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=vendor", "GOPROXY=off", "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=", "TMPDIR="+tmp)
	inGroup(cmd)
	r := &goRun{cmd: cmd, stdout: &syncBuffer{}, stderr: &syncBuffer{}, exited: make(chan error, 1), tmp: tmp}
	cmd.Stdout, cmd.Stderr = r.stdout, r.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = interruptGroup(cmd) // as Ctrl+C, so that the builds are removed
		select {
		case err := <-r.exited:
			r.exited <- err
		case <-time.After(5 * time.Second):
		}
		killGroup(cmd)
		<-r.exited
		r.exited <- nil
	})
	waitFor(t, "the banner", 4*time.Minute, func() bool {
		select {
		case err := <-r.exited:
			r.exited <- err
			t.Fatalf("go run stopped (%v):\n%s\n%s", err, r.stdout, r.stderr)
		default:
		}
		return ownURL.MatchString(r.stdout.String())
	})
	r.base = "http://127.0.0.1:" + ownURL.FindStringSubmatch(r.stdout.String())[1]
	return r
}

// waitFor waits until cond holds, for at most within, and stops the test with what the
// terminal shows when it does not: the program's own sentence says why.
func (r *goRun) waitFor(t *testing.T, what string, within time.Duration, cond func() bool) {
	t.Helper()
	came := false
	defer func() { // also when WaitFor stops the test
		if !came {
			t.Logf("the terminal shows:\n%s\n%s", r.stdout, r.stderr)
		}
	}()
	testkit.WaitFor(t, what, within, cond)
	came = true
}

// interrupt sends Ctrl+C to the whole job, as a terminal does, and returns the exit
// status of go run and how long it took.
func (r *goRun) interrupt(t *testing.T) (int, time.Duration) {
	t.Helper()
	sent := time.Now()
	if err := interruptGroup(r.cmd); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-r.exited:
		r.exited <- err
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), time.Since(sent)
		}
		return 0, time.Since(sent)
	case <-time.After(15 * time.Second):
		t.Fatalf("go run did not stop within 15 s of Ctrl+C")
		return -1, 0
	}
}

// nothingLeft checks, just after the program stopped, that no process of it runs in
// dir any more and that its builds were removed.
func (r *goRun) nothingLeft(t *testing.T, dir string) {
	t.Helper()
	r.waitFor(t, "no process left", 5*time.Second, func() bool { return len(r.processesIn(dir)) == 0 })
	if left, _ := filepath.Glob(filepath.Join(r.tmp, "photo-server-builds-*")); len(left) > 0 {
		t.Errorf("builds left after the server stopped: %v", left)
	}
}

// processesIn lists the processes of the run in dir: the server, its builds and the
// students' programs (see processes).
func (r *goRun) processesIn(dir string) []string { return processes(r.tmp, dir) }

// building reports whether a go build of the students' program runs in dir.
func (r *goRun) building(dir string) bool {
	for _, p := range r.processesIn(dir) {
		if strings.Contains(p, " build -overlay ") {
			return true
		}
	}
	return false
}

// programs lists the students' programs left in the run's TMPDIR by the server: each
// is removed once its photos are read.
func (r *goRun) programs(t *testing.T) []string {
	t.Helper()
	found, _ := filepath.Glob(filepath.Join(r.tmp, "photo-server-builds-*", "photos-*"))
	return found
}

// photosGoWith rewrites the photos.go of dir with a photo added at the end of the list.
func photosGoWith(t *testing.T, dir, title string) {
	t.Helper()
	path := filepath.Join(dir, "photos.go")
	content := readFile(t, path)
	end := strings.LastIndex(content, "\n}")
	added := "\n\t{Title: " + strconv.Quote(title) + `, URL: "https://picsum.photos/id/10/640/480", Description: "Une forêt au bord d'un lac.", Keyword: "forêt"},`
	saveInPlace(t, path, content[:end]+added+content[end:])
}

// countAt is how many photos the server at base serves now.
func countAt(t *testing.T, base string) int {
	t.Helper()
	resp, err := http.Get(base + "/photos")
	if err != nil {
		t.Fatalf("GET /photos: %v", err)
	}
	resp.Body.Close()
	n, _ := strconv.Atoi(resp.Header.Get("X-Total-Count"))
	return n
}

func TestTheServerFollowsItsOwnCode(t *testing.T) {
	goCommandTest(t)
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	// startBuilt waited for the banner's address; its next lines may still be on their way.
	run.waitFor(t, "the banner's line that says a save is enough", 10*time.Second, func() bool {
		return strings.Contains(run.stdout.String(), "Save photos.go or fake.go: the server follows, and so does the partner's page, no restart.")
	})
	before := countAt(t, run.base)
	events, _ := openEvents(t, run.base)
	events.next("data:", 5*time.Second)

	t.Run("a good save is served, and said on the stream that stays open", func(t *testing.T) {
		photosGoWith(t, dir, "Ajoutée")
		run.waitFor(t, "the new photos", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })
		if n := countAt(t, run.base); n != before+1 {
			t.Errorf("after the save, %d photos are served, want %d", n, before+1)
		}
		if !regexp.MustCompile(`photos\.go saved: ` + strconv.Itoa(before+1) + ` photos served \(rebuilt in \d+\.\d s\)`).MatchString(run.stdout.String()) {
			t.Errorf("the terminal does not say the save in one line:\n%s", run.stdout)
		}
		// The stream opened before the save is still open and says the new photos: the
		// server did not restart, and nobody has to reconnect.
		if n, _ := photosEventOf(t, events.next("data:", 10*time.Second)); n != before+1 {
			t.Errorf("the stream opened before the save says %d photos after it, want %d", n, before+1)
		}
	})

	t.Run("a broken save keeps the last good photos and is said once, at its line", func(t *testing.T) {
		path := filepath.Join(dir, "photos.go")
		good := readFile(t, path)
		replaceIn(t, path, `Keyword: "forêt"},`, `Keyword: "forêt"}`)
		run.waitFor(t, "the failure said", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "does not build") })
		said := run.stdout.String()
		if !regexp.MustCompile(`photos\.go saved, but it does not build, so the last good photos are still served: .*photos\.go:\d+: a comma is missing at the end of the line\n    .*syntax error`).MatchString(said) {
			t.Errorf("the failure does not point at photos.go's line:\n%s", said)
		}
		if n := countAt(t, run.base); n != before+1 {
			t.Errorf("during a broken save, %d photos are served, want the last good %d", n, before+1)
		}
		now := time.Now()
		if err := os.Chtimes(path, now, now); err != nil { // saved again, the same
			t.Fatal(err)
		}
		run.waitFor(t, "the build of the same content", time.Minute, func() bool { return run.building(dir) })
		run.waitFor(t, "its end", 2*time.Minute, func() bool { return !run.building(dir) })
		photosGoWith(t, dir, "Réparée") // on the broken content: still broken
		saveInPlace(t, path, good)
		photosGoWith(t, dir, "Encore une")
		run.waitFor(t, "the fix served", 2*time.Minute, func() bool { return countAt(t, run.base) == before+2 })
		if strings.Count(run.stdout.String(), "does not build") != 1 {
			t.Errorf("the same broken content is said again:\n%s", run.stdout)
		}
		if !strings.Contains(run.stdout.String(), "photos.go saved, and it works again: ") {
			t.Errorf("the fix is not said as such:\n%s", run.stdout)
		}
		if left := run.programs(t); len(left) > 0 {
			t.Errorf("the students' programs are not removed once read: %v", left)
		}
	})

	t.Run("Ctrl+C during a rebuild stops everything at once, with status 0", func(t *testing.T) {
		photosGoWith(t, dir, "Pendant Ctrl+C")
		run.waitFor(t, "go build", time.Minute, func() bool { return run.building(dir) })
		code, took := run.interrupt(t)
		t.Logf("Ctrl+C during a rebuild: exit %d after %v", code, took.Round(time.Millisecond))
		if code != 0 || took > 3*time.Second {
			t.Errorf("Ctrl+C during a rebuild: exit %d after %v, want 0 within seconds\n%s", code, took, run.stderr)
		}
		run.nothingLeft(t, dir)
	})
}

func TestAChangeOfFakeGoMakesTheSamePhotosWithTheSeed(t *testing.T) {
	goCommandTest(t)
	dir := projectCopy(t)
	run := startGoRun(t, dir, "-fake", "5") // as a student starts it
	first := titlesAt(t, run.base)
	path := filepath.Join(dir, "fake.go")
	replaceIn(t, path, `"https://picsum.photos/seed/"`, `"https://picsum.photos/seed/v2-"`)
	run.waitFor(t, "the new photos", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "fake.go saved: 5 photos served") })
	body := getBody(t, run.base+"/photos")
	if again := titlesAt(t, run.base); strings.Join(again, "|") != strings.Join(first, "|") || !strings.Contains(body, "seed/v2-") {
		t.Errorf("after a change of the urls in fake.go, the titles are %q (were %q), want the same seed's; the list:\n%s", again, first, body)
	}
	run.interrupt(t) // go run says 1 after an interrupt, whatever the program's status
	if !strings.HasSuffix(run.stdout.String(), "stopped.\n") {
		t.Errorf("after Ctrl+C, the program did not say it stopped:\n%s", run.stdout)
	}
	run.nothingLeft(t, dir)
}

func TestAFieldAddedToPhotoIsServedFilteredAndSortedAfterASave(t *testing.T) {
	goCommandTest(t)
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	path := filepath.Join(dir, "photos.go")
	replaceIn(t, path, "\tKeyword     string `json:\"keyword\"`\n", "\tKeyword     string `json:\"keyword\"`\n\tLikes       int      `json:\"likes\"`\n\tTags        []string `json:\"tags\"`\n")
	replaceIn(t, path, `Keyword: "chien"}`, `Keyword: "chien", Likes: 7, Tags: []string{"noir", "chiot"}}`)
	run.waitFor(t, "the new photos", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })
	body := getBody(t, run.base+"/photos?likes=7")
	if !strings.Contains(body, `"likes": 7`) || !strings.Contains(body, `"tags": [`) || strings.Count(body, `"id":`) != 1 {
		t.Errorf("after a field added to Photo, /photos?likes=7 is:\n%s\nwant the one photo with its likes and tags", body)
	}
	if sorted := getBody(t, run.base+"/photos?_sort=-likes&_limit=1"); !strings.Contains(sorted, `"likes": 7`) {
		t.Errorf("sorted by the new field, the first photo is:\n%s", sorted)
	}
	if code, _ := run.interrupt(t); code != 0 {
		t.Errorf("Ctrl+C: exit %d", code)
	}
}

func TestNoProgramOutlivesTheServerKilledOutright(t *testing.T) {
	goCommandTest(t)
	needProcesses(t)
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	// A program that never ends: it runs until its time limit, unless its server goes.
	saveInPlace(t, filepath.Join(dir, "loop.go"), "package main\n\nvar _ = func() int {\n\tfor {\n\t}\n}()\n")
	run.waitFor(t, "the students' program running", 2*time.Minute, func() bool {
		for _, p := range run.processesIn(dir) {
			if strings.Contains(p, "/photos-") {
				return true
			}
		}
		return false
	})
	killGroupLeader(t, run.cmd) // kill -9 of the server alone
	err := <-run.exited
	run.exited <- err
	run.waitFor(t, "no process left", 5*time.Second, func() bool { return len(run.processesIn(dir)) == 0 })
	// Its builds' folder is left: the next server started removes it (removeStaleBuilds).
	left, _ := filepath.Glob(filepath.Join(run.tmp, "photo-server-builds-*"))
	if len(left) != 1 {
		t.Fatalf("after kill -9, the builds' folders are %v, want the one of the server killed", left)
	}
	t.Setenv("TMPDIR", run.tmp)
	removeStaleBuilds()
	if _, err := os.Stat(left[0]); err == nil {
		t.Errorf("the builds' folder of a server killed outright is not removed by the next: %s", left[0])
	}
}

func TestWhatGoesWrongAfterASaveLeavesAServerThatAnswers(t *testing.T) {
	goCommandTest(t)
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	before := countAt(t, run.base)
	photosGoWith(t, dir, "Ajoutée")
	run.waitFor(t, "the new photos", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })

	t.Run("a program that panics at its start is said at its line, and the last good photos are served", func(t *testing.T) {
		saveInPlace(t, filepath.Join(dir, "crash.go"), "package main\n\nvar _ = photos[len(photos)]\n")
		run.waitFor(t, "the failure said", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "cannot be made") })
		if !regexp.MustCompile(`crash\.go saved, but its photos cannot be made, so the last good photos are still served: it panics at crash\.go:3\n    panic: runtime error: index out of range`).MatchString(run.stdout.String()) {
			t.Errorf("the panic is not said at its line:\n%s", run.stdout)
		}
		if strings.Contains(run.stdout.String()+run.stderr.String(), "goroutine ") {
			t.Errorf("Go's stacks are shown to the student:\n%s\n%s", run.stdout, run.stderr)
		}
		if n := countAt(t, run.base); n != before+1 {
			t.Errorf("after a program that stops at its start, %d photos are served, want the last good %d", n, before+1)
		}
	})

	t.Run("the file deleted is said as deleted", func(t *testing.T) {
		if err := os.Remove(filepath.Join(dir, "crash.go")); err != nil {
			t.Fatal(err)
		}
		run.waitFor(t, "the deletion said", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "crash.go deleted, and it works again: ") })
		if strings.Contains(run.stdout.String(), "crash.go saved, and") {
			t.Errorf("a deleted file is said as saved:\n%s", run.stdout)
		}
	})

	t.Run("then Ctrl+C stops everything within a second, with status 0", func(t *testing.T) {
		for range 3 { // requests that the server must answer, then Ctrl+C
			countAt(t, run.base)
		}
		code, took := run.interrupt(t)
		if code != 0 || took > time.Second {
			t.Errorf("Ctrl+C: exit %d after %v, want 0 within a second\n%s", code, took, run.stderr)
		}
		run.nothingLeft(t, dir)
	})
}

func TestTheSystemsStopEndsEveryVersionAtOnce(t *testing.T) {
	goCommandTest(t)
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	photosGoWith(t, dir, "Ajoutée")
	run.waitFor(t, "the new photos", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })
	sent := time.Now()
	if err := terminate(run.cmd); err != nil { // kill, an editor's stop button, systemd: the server alone
		t.Skip(err)
	}
	err := <-run.exited
	run.exited <- err
	if took := time.Since(sent); err != nil || took > 2*time.Second {
		t.Errorf("SIGTERM: %v after %v, want exit 0 within 2 s", err, took)
	}
	run.nothingLeft(t, dir)
}

func TestAClosedTerminalStopsEverythingAsCtrlCDoes(t *testing.T) {
	goCommandTest(t)
	needProcesses(t)
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	photosGoWith(t, dir, "Pendant la fermeture")
	run.waitFor(t, "go build", time.Minute, func() bool { return run.building(dir) })
	if err := hangUpGroup(run.cmd); err != nil { // the terminal closed: SIGHUP to its job
		t.Fatal(err)
	}
	select {
	case err := <-run.exited:
		run.exited <- err
		if err != nil {
			t.Errorf("after SIGHUP the server exited with %v, want 0", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("the server did not stop within 5 s of SIGHUP")
	}
	run.nothingLeft(t, dir)
}
