//go:build integration && linux

package server

import (
	"bytes"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"photoserver/internal/testkit"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The server following its own code: these tests copy the project into a folder of
// their own and run it as a student does, with go run . and the real go command.

// projectCopy copies the module (what go run builds: the root's .go files and
// go.mod, go.sum, internal/ without its tests, vendor/) into a new folder.
func projectCopy(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		name := d.Name()
		if d.IsDir() {
			atRoot := !strings.Contains(rel, string(filepath.Separator))
			if rel != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "testkit" || atRoot && (name == "tools" || name == "examples" || name == "images")) {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		if strings.HasSuffix(name, "_test.go") && strings.Contains(rel, "/") || !d.Type().IsRegular() {
			return nil
		}
		if !strings.Contains(rel, "/") && !strings.HasSuffix(name, ".go") && name != "go.mod" && name != "go.sum" {
			return nil
		}
		content, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), content, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	// The students' files of these tests, not the project's of the day: a change of
	// photos.go or fake.go (a field, a helper below the list) must not break them.
	for name, content := range map[string]string{"photos.go": testkit.PhotosGo, "fake.go": testkit.FakeGo} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// replaceIn saves path with old replaced by new, once; the test stops when path has no old.
func replaceIn(t *testing.T, path, old, new string) {
	t.Helper()
	content := readFile(t, path)
	if !strings.Contains(content, old) {
		t.Fatalf("%s has no %q to change", path, old)
	}
	saveInPlace(t, path, strings.Replace(content, old, new, 1))
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
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	r := &goRun{cmd: cmd, stdout: &syncBuffer{}, stderr: &syncBuffer{}, exited: make(chan error, 1), tmp: tmp}
	cmd.Stdout, cmd.Stderr = r.stdout, r.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGINT) // as Ctrl+C, so that the builds are removed
		select {
		case err := <-r.exited:
			r.exited <- err
		case <-time.After(5 * time.Second):
		}
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
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
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s did not happen within %v; the terminal shows:\n%s\n%s", what, within, r.stdout, r.stderr)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// interrupt sends Ctrl+C to the whole job, as a terminal does, and returns the exit
// status of go run and how long it took.
func (r *goRun) interrupt(t *testing.T) (int, time.Duration) {
	t.Helper()
	sent := time.Now()
	if err := syscall.Kill(-r.cmd.Process.Pid, syscall.SIGINT); err != nil {
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

// processesIn lists the processes of the run in dir: the server's versions (in dir,
// or built in the run's own TMPDIR), and go build.
// nothingLeft checks, just after the program stopped, that no process of it runs in
// dir any more and that its builds were removed.
func (r *goRun) nothingLeft(t *testing.T, dir string) {
	t.Helper()
	time.Sleep(200 * time.Millisecond)
	if left := r.processesIn(dir); len(left) > 0 {
		t.Errorf("processes left running after Ctrl+C:\n%s", strings.Join(left, "\n"))
	}
	if left, _ := filepath.Glob(filepath.Join(r.tmp, "photo-server-builds-*")); len(left) > 0 {
		t.Errorf("builds left after Ctrl+C: %v", left)
	}
}

func (r *goRun) processesIn(dir string) []string {
	var found []string
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		cmdline, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		exe, _ := os.Readlink("/proc/" + e.Name() + "/exe")
		cwd, _ := os.Readlink("/proc/" + e.Name() + "/cwd")
		if err == nil && (bytes.Contains(cmdline, []byte(r.tmp)) || strings.HasPrefix(exe, r.tmp) || cwd == dir) {
			found = append(found, e.Name()+" "+strings.ReplaceAll(string(cmdline), "\x00", " "))
		}
	}
	return found
}

// building reports whether a go build runs in dir.
func (r *goRun) building(dir string) bool {
	for _, p := range r.processesIn(dir) {
		if strings.Contains(p, " build -o ") {
			return true
		}
	}
	return false
}

// builds lists the files left in the run's TMPDIR by its supervisor: its builds.
func (r *goRun) builds(t *testing.T) []string {
	t.Helper()
	found, _ := filepath.Glob(filepath.Join(r.tmp, "photo-server-builds-*", "*"))
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
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	// startBuilt waited for the banner's address; its next lines may still be on their way.
	run.waitFor(t, "the banner's line that says a save is enough", 10*time.Second, func() bool {
		return strings.Contains(run.stdout.String(), "Save photos.go or fake.go: the server rebuilds itself and the partner's page follows, no restart.")
	})
	before := countAt(t, run.base)
	events, _ := openEvents(t, run.base)
	events.next("data:", 5*time.Second)

	t.Run("a good save is served, and said on the event stream", func(t *testing.T) {
		photosGoWith(t, dir, "Ajoutée")
		run.waitFor(t, "the new version", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })
		if n := countAt(t, run.base); n != before+1 {
			t.Errorf("after the save, %d photos are served, want %d", n, before+1)
		}
		if !regexp.MustCompile(`photos\.go saved: ` + strconv.Itoa(before+1) + ` photos served \(rebuilt in \d+\.\d s\)`).MatchString(run.stdout.String()) {
			t.Errorf("the terminal does not say the save in one line:\n%s", run.stdout)
		}
		// The open stream ends, telling the browser to come back soon; the browser's
		// EventSource then reconnects, to the new version, which says its photos.
		if retry := events.next("retry:", 10*time.Second); retry != "retry: 250" {
			t.Errorf("the stream of the old version ends with %q, want retry: 250", retry)
		}
		again, _ := openEvents(t, run.base)
		if n, _ := photosEventOf(t, again.next("data:", 5*time.Second)); n != before+1 {
			t.Errorf("the event stream says %d photos after the save, want %d", n, before+1)
		}
	})

	t.Run("a broken save keeps the last good version and is said once, at its line", func(t *testing.T) {
		path := filepath.Join(dir, "photos.go")
		good := readFile(t, path)
		replaceIn(t, path, `Keyword: "forêt"},`, `Keyword: "forêt"}`)
		run.waitFor(t, "the failure said", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "does not build") })
		said := run.stdout.String()
		if !regexp.MustCompile(`photos\.go saved, but it does not build, so the last good version is still served: .*photos\.go:\d+: a comma is missing at the end of the line\n    .*syntax error`).MatchString(said) {
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
		time.Sleep(time.Second) // what it would say comes ctrlCGrace after the build: none may come
		if strings.Count(run.stdout.String(), "does not build") != 1 {
			t.Errorf("the same broken content is said again:\n%s", run.stdout)
		}
		photosGoWith(t, dir, "Réparée") // on the broken content: still broken
		saveInPlace(t, path, good)
		photosGoWith(t, dir, "Encore une")
		run.waitFor(t, "the fix served", 2*time.Minute, func() bool { return countAt(t, run.base) == before+2 })
		run.waitFor(t, "the old builds removed", 10*time.Second, func() bool { return len(run.builds(t)) == 1 })
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
	dir := projectCopy(t)
	run := startGoRun(t, dir, "-fake", "5") // as a student starts it
	first := titlesAt(t, run.base)
	path := filepath.Join(dir, "fake.go")
	replaceIn(t, path, `"https://picsum.photos/seed/"`, `"https://picsum.photos/seed/v2-"`)
	run.waitFor(t, "the new version", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "fake.go saved: 5 photos served") })
	body := getBody(t, run.base+"/photos")
	if again := titlesAt(t, run.base); strings.Join(again, "|") != strings.Join(first, "|") || !strings.Contains(body, "seed/v2-") {
		t.Errorf("after a change of the urls in fake.go, the titles are %q (were %q), want the same seed's; the list:\n%s", again, first, body)
	}
	run.interrupt(t) // go run says 1 after an interrupt, whatever the program's status
	if !strings.HasSuffix(run.stdout.String(), "stopped.\n") || len(run.processesIn(dir)) > 0 {
		t.Errorf("after Ctrl+C, the program did not say it stopped, or left %v:\n%s", run.processesIn(dir), run.stdout)
	}
}

// supervisorOf is the pid of the process that go run started in dir: the supervisor.
func supervisorOf(t *testing.T, dir string) int {
	t.Helper()
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		exe, _ := os.Readlink("/proc/" + e.Name() + "/exe")
		cwd, _ := os.Readlink("/proc/" + e.Name() + "/cwd")
		if cwd == dir && (strings.Contains(exe, "/exe/photoserver") || exe == filepath.Join(dir, "photo-server")) {
			return pid
		}
	}
	t.Fatalf("no supervisor runs in %s", dir)
	return 0
}

func TestANewVersionDoesNotOutliveItsSupervisorKilledOutright(t *testing.T) {
	dir := projectCopy(t)
	run := startGoRun(t, dir)
	photosGoWith(t, dir, "Ajoutée")
	run.waitFor(t, "the new version", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })
	if err := syscall.Kill(supervisorOf(t, dir), syscall.SIGKILL); err != nil { // kill -9 of the supervisor alone
		t.Fatal(err)
	}
	err := <-run.exited
	run.exited <- err
	run.waitFor(t, "no process left", 5*time.Second, func() bool { return len(run.processesIn(dir)) == 0 })
	if _, err := http.Get(run.base + "/healthz"); err == nil || !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("the port still answers after the server was killed: %v", err)
	}
}

func TestThePartnersPageShowsAPhotoAddedToPhotosGoWithoutReloading(t *testing.T) {
	b := startBrowser(t, "fr")
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	before := countAt(t, run.base)
	site, loads := frontend(t)
	p := b.open(site.URL + "/index.html?server=" + run.base)
	p.waitFor("the photos shown", `document.querySelectorAll("figure").length`, float64(before))
	marker := strconv.FormatInt(time.Now().UnixNano(), 36)
	p.eval(`window.marker = "` + marker + `"`) // gone if the page reloads
	photosGoWith(t, dir, "Ajoutée dans photos.go")
	saved := time.Now()
	p.waitFor("the new photo shown", `[...document.querySelectorAll("figure h2")].some((h) => h.textContent === "Ajoutée dans photos.go")`, true)
	t.Logf("the save of photos.go reached the page's DOM in %v", time.Since(saved).Round(time.Millisecond))
	if got := p.eval(`window.marker`); got != marker || loads.Load() != 1 {
		t.Errorf("the page was reloaded (marker %v, %d loads): it should follow the change by itself", got, loads.Load())
	}
	if code, _ := run.interrupt(t); code != 0 {
		t.Errorf("Ctrl+C: exit %d", code)
	}
}

// child is the pid of the version that serves in run, a child of its supervisor.
func (r *goRun) child(t *testing.T) int {
	t.Helper()
	for _, p := range r.processesIn("") {
		pid, cmdline, _ := strings.Cut(p, " ")
		if strings.Contains(cmdline, "photo-server-builds-") {
			n, _ := strconv.Atoi(pid)
			return n
		}
	}
	t.Fatal("no new version runs")
	return 0
}

func TestWhatGoesWrongAfterASaveLeavesAServerThatAnswers(t *testing.T) {
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	before := countAt(t, run.base)
	photosGoWith(t, dir, "Ajoutée")
	run.waitFor(t, "the new version", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })

	t.Run("the version that serves, killed, is started again", func(t *testing.T) {
		if err := syscall.Kill(run.child(t), syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the version started again", 30*time.Second, func() bool {
			return strings.Contains(run.stdout.String(), "the server's current version stopped by itself: it starts again")
		})
		waitFor(t, "an answer", 30*time.Second, func() bool {
			resp, err := http.Get(run.base + "/healthz")
			if err == nil {
				resp.Body.Close()
			}
			return err == nil
		})
		if n := countAt(t, run.base); n != before+1 {
			t.Errorf("after the version that served was killed, %d photos are served, want %d", n, before+1)
		}
	})

	t.Run("a version that panics at its start is said at its line, and the last good one serves", func(t *testing.T) {
		saveInPlace(t, filepath.Join(dir, "crash.go"), "package main\n\nvar _ = photos[len(photos)]\n")
		run.waitFor(t, "the failure said", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "does not start") })
		if !regexp.MustCompile(`crash\.go saved, but this version does not start, so the last good version is still served: it panics at crash\.go:3\n    panic: runtime error: index out of range`).MatchString(run.stdout.String()) {
			t.Errorf("the panic is not said at its line:\n%s", run.stdout)
		}
		if strings.Contains(run.stdout.String()+run.stderr.String(), "goroutine ") {
			t.Errorf("Go's stacks are shown to the student:\n%s\n%s", run.stdout, run.stderr)
		}
		if n := countAt(t, run.base); n != before+1 {
			t.Errorf("after a version that stops at its start, %d photos are served, want the last good %d", n, before+1)
		}
	})

	t.Run("then Ctrl+C stops everything within a second, with status 0", func(t *testing.T) {
		for range 3 { // requests that the one that serves must accept, then Ctrl+C
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
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	photosGoWith(t, dir, "Ajoutée")
	run.waitFor(t, "the new version", 2*time.Minute, func() bool { return strings.Contains(run.stdout.String(), "photos.go saved: ") })
	sent := time.Now()
	if err := run.cmd.Process.Signal(syscall.SIGTERM); err != nil { // kill, an editor's stop button, systemd: the supervisor alone
		t.Fatal(err)
	}
	err := <-run.exited
	run.exited <- err
	if took := time.Since(sent); err != nil || took > 2*time.Second {
		t.Errorf("SIGTERM: %v after %v, want exit 0 within 2 s", err, took)
	}
	run.waitFor(t, "no process left", 5*time.Second, func() bool { return len(run.processesIn(dir)) == 0 })
}
