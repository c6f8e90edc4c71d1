package server

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/gobuild"
)

// Following its own code. Started with go run . in its folder, the server looks at the
// module's .go files as it looks at a data file, and when one is saved (photos.go,
// fake.go), it builds the new version with the go command, in the background, while the
// current version serves. A version that builds and starts cleanly takes over the
// listening socket itself (handed to it as a file, on Linux and macOS), so that no
// request is refused; the previous one finishes the requests in flight and stops. A
// save that does not build, or whose version does not start, is said once, in the
// student's words, and the last good version goes on serving. Flask's reloader, nodemon
// and air restart the program instead, leaving a gap where the port is closed.
//
// The process that go run started (the supervisor) stays to the end: it serves the
// first version itself, then starts each new version as a child, with the socket on
// file 3 and a pipe on file 4 where the child says it is ready; Ctrl+C reaches every
// process of the terminal's group, and a child dies with its supervisor (on Linux, the
// parent's death signal), so that none is left holding the port.

// Takeover is the environment variable that tells a child it takes over: its listener
// is file 3 and file 4 is where it says it is ready.
const takeoverEnv = "PHOTO_SERVER_TAKEOVER"

// The files a child receives, after stdin, stdout and stderr.
const (
	listenerFD = 3
	readyFD    = 4
)

// Timings of following; variables so that tests can shorten them.
var (
	// lookEvery is how often the .go files are looked at: a save is noticed within it.
	lookEvery = 250 * time.Millisecond
	// settleFor is how long the files must stay the same before a build: a burst of
	// saves (an editor that saves several files, a student who saves twice) is one.
	settleFor = 300 * time.Millisecond
)

// followable returns the go command and the module's folder when this program follows
// its own code: run in the folder of its own source (go run ., or a binary built there),
// with this module's go.mod and photos.go, and the go command at hand. Any other way (a
// binary copied elsewhere, no source, no go), it does not follow, and says nothing of it.
func followable() (goCmd, dir string, ok bool) {
	if info, read := debug.ReadBuildInfo(); !handsOverSocket || !read || info.Main.Path != "photoserver" {
		return "", "", false
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", "", false
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || !strings.Contains(string(mod), "module photoserver") {
		return "", "", false
	}
	if _, err := os.Stat(filepath.Join(dir, "photos.go")); err != nil {
		return "", "", false
	}
	goCmd, err = exec.LookPath("go")
	if err != nil {
		return "", "", false
	}
	return goCmd, dir, true
}

// sources are the .go files that build the server, by path, with their size and time:
// the module's own, not its tests (they do not change the program), nor vendor/,
// tools/, testdata/ or hidden folders.
type sources map[string]stamp

// stamp is what a look at a file sees.
type stamp struct {
	size int64
	mod  time.Time
}

// scanSources looks at the sources under dir.
func scanSources(dir string) sources {
	found := sources{}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // a file that went while we looked: the next look sees it
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || slices.Contains([]string{"vendor", "tools", "testdata", "examples", "images"}, name)) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		if info, err := d.Info(); err == nil {
			found[p] = stamp{info.Size(), info.ModTime()}
		}
		return nil
	})
	return found
}

// changedSince lists the files of now that are new or changed since before, or gone,
// relative to dir, sorted: photos.go, fake.go.
func (now sources) changedSince(before sources, dir string) []string {
	var changed []string
	for p, s := range now {
		if was, ok := before[p]; !ok || was != s {
			changed = append(changed, p)
		}
	}
	for p := range before {
		if _, ok := now[p]; !ok {
			changed = append(changed, p)
		}
	}
	for i, p := range changed {
		if rel, err := filepath.Rel(dir, p); err == nil {
			changed[i] = filepath.ToSlash(rel)
		}
	}
	slices.Sort(changed)
	return changed
}

// version is one version of the server running as a child.
type version struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed when it has exited
}

// stop asks the version to stop (SIGTERM: it finishes the requests in flight) and
// waits for it, killing it after a while.
func (v *version) stop(within time.Duration) {
	if v == nil {
		return
	}
	_ = askToStop(v.cmd.Process)
	select {
	case <-v.exited:
	case <-time.After(within):
		_ = v.cmd.Process.Kill()
		<-v.exited
	}
}

// supervisor follows the code and runs each new version (see the top of this file).
type supervisor struct {
	p        *message.Printer
	say      func(string)
	goCmd    string
	dir      string              // the module's folder
	args     []string            // the command line of each new version
	listener *os.File            // the listening socket, handed to each new version
	bins     string              // the folder of the builds, removed at the end
	stopSelf func()              // stops the first version, this process's own server
	explain  func(string) string // says in one sentence why a build failed

	mu      sync.Mutex
	current *version // the version that serves, when it is a child
	gen     int      // builds made
	served  sources  // the sources of the version that serves: the first's, looked at when it started
}

// follow looks at the sources until ctx is done, and builds and starts a new version
// after each save. It returns once the last version has stopped.
func (s *supervisor) follow(ctx context.Context) {
	defer os.RemoveAll(s.bins)
	defer func() {
		s.mu.Lock()
		v := s.current
		s.mu.Unlock()
		if v != nil {
			select { // Ctrl+C reached it too: it stops by itself
			case <-v.exited:
			case <-time.After(3 * time.Second):
				v.stop(time.Second)
			}
		}
	}()
	served := s.served
	said := "" // the last failure said, so that it is said once per change
	tick := time.NewTicker(lookEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		now := scanSources(s.dir)
		changed := now.changedSince(served, s.dir)
		if len(changed) == 0 {
			continue
		}
		for { // a burst of saves is one build, of the last content
			select {
			case <-ctx.Done():
				return
			case <-time.After(settleFor):
			}
			again := scanSources(s.dir)
			if len(again.changedSince(now, s.dir)) == 0 {
				break
			}
			now = again
			changed = now.changedSince(served, s.dir)
		}
		msg := s.takeOver(ctx, changed)
		served = now
		if msg != "" && msg != said {
			s.say(msg)
		}
		said = msg
	}
}

// takeOver builds the sources as they are and starts that version; when it is ready,
// it takes over from the one that serves. It returns what went wrong, in one sentence
// (and the compiler's own lines below), or "" when the new version serves.
func (s *supervisor) takeOver(ctx context.Context, changed []string) string {
	p := s.p
	files := joinNames(p, changed)
	s.gen++
	bin := filepath.Join(s.bins, "photo-server-"+strconv.Itoa(s.gen))
	began := time.Now()
	build := exec.CommandContext(ctx, s.goCmd, "build", "-o", bin, ".")
	build.Dir = s.dir
	out, err := build.CombinedOutput()
	if ctx.Err() != nil {
		return ""
	}
	if err != nil {
		return p.Sprintf("%s saved, but it does not build, so the last good version is still served: %s", files, s.explain(string(out)))
	}
	took := time.Since(began)
	v, photos, err := s.start(ctx, bin)
	if err != nil {
		return p.Sprintf("%s saved, but this version does not start (%v), so the last good version is still served", files, err)
	}
	s.mu.Lock()
	previous := s.current
	s.current = v
	s.mu.Unlock()
	if previous == nil {
		s.stopSelf()
	} else {
		previous.stop(5 * time.Second)
	}
	s.say(p.Sprintf("%s saved: %s served (rebuilt in %s)", files, p.Sprintf("%d photos", photos), seconds(p, took)))
	return ""
}

// start starts the version built at bin, with the socket, and waits until it says it
// is ready (with how many photos it serves) or exits: its own error is in the terminal
// already, and err says it exited.
func (s *supervisor) start(ctx context.Context, bin string) (*version, int, error) {
	ready, readyW, err := os.Pipe()
	if err != nil {
		return nil, 0, err
	}
	defer ready.Close()
	cmd := exec.Command(bin, s.args...)
	cmd.Dir = s.dir
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	cmd.Env = append(os.Environ(), takeoverEnv+"=1")
	cmd.ExtraFiles = []*os.File{s.listener, readyW}
	setDeathSignal(cmd)
	if err := startLocked(cmd); err != nil {
		readyW.Close()
		return nil, 0, err
	}
	readyW.Close() // the child holds it now: its exit closes the pipe
	v := &version{cmd: cmd, exited: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(v.exited) }()
	line, err := bufio.NewReader(ready).ReadString('\n')
	n, convErr := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(line, "ready ")))
	if err != nil || convErr != nil {
		v.stop(time.Second)
		if code := cmd.ProcessState.ExitCode(); code > 0 {
			return nil, 0, errors.New(s.p.Sprintf("it stopped with status %s", strconv.Itoa(code)))
		}
		return nil, 0, errors.New(s.p.Sprintf("it stopped before it was ready"))
	}
	if ctx.Err() != nil {
		v.stop(time.Second)
		return nil, 0, ctx.Err()
	}
	return v, n, nil
}

// joinNames names the files saved: photos.go, photos.go and fake.go.
func joinNames(p *message.Printer, names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return p.Sprintf("%s and %s", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// seconds writes a duration for a person, in seconds: 2.1 s (in French 2,1 s).
func seconds(p *message.Printer, d time.Duration) string {
	return p.Sprintf("%.1f s", d.Seconds())
}

// takeoverFiles returns, in a version started to take over, the listening socket it
// receives and where to say it is ready; ok is false in any other process.
func takeoverFiles(getenv func(string) string) (ln net.Listener, ready io.WriteCloser, ok bool) {
	if getenv(takeoverEnv) != "1" {
		return nil, nil, false
	}
	f := os.NewFile(listenerFD, "listener")
	ln, err := net.FileListener(f)
	f.Close()
	if err != nil {
		return nil, nil, false
	}
	return ln, os.NewFile(readyFD, "ready"), true
}

// sayReady tells the supervisor that this version serves n photos, and closes the pipe.
func sayReady(ready io.WriteCloser, n int) {
	fmt.Fprintf(ready, "ready %d\n", n)
	ready.Close()
}

// explainBuild says why a build in dir failed, with output the go command's: at the
// file and line, in one sentence for the common mistakes (internal/gobuild), and the
// compiler's own first line below it, for anything else.
func explainBuild(p *message.Printer, dir, output string) string {
	file, line, sentence := gobuild.Explain(p, dir, output)
	where := file
	if line > 0 {
		where = file + ":" + strconv.Itoa(line)
	}
	said := sentence
	if where != "" {
		said = where + ": " + sentence
	}
	for l := range strings.Lines(output) {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			if !strings.Contains(l, sentence) {
				said += "\n    " + l // the compiler's own line, below
			}
			break
		}
	}
	return said
}

// orphaned returns a channel closed when this version's supervisor is gone (its parent
// changed: killed outright), looked at every half second: where the system has no
// parent's death signal, a version never outlives it holding the port.
func orphaned(ctx context.Context) <-chan struct{} {
	gone := make(chan struct{})
	parent := os.Getppid()
	go func() {
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if os.Getppid() != parent {
					close(gone)
					return
				}
			}
		}
	}()
	return gone
}
