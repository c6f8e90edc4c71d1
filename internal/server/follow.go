package server

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/datafile"
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

// takeoverEnv is the environment variable that tells a child it takes over: its listener
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
// the module's own, not its tests (they do not change the program), nor testdata/,
// hidden folders and those starting with _, nor, at the root, vendor/, tools/, examples/
// and images/.
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
			// As go build: no folder named testdata or starting with . or _; and, at the
			// module's root only, what is not the server (vendor/ changes with go.mod).
			atRoot := filepath.Dir(p) == dir
			if p != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" ||
				atRoot && slices.Contains([]string{"vendor", "tools", "examples", "images"}, name)) {
				return filepath.SkipDir
			}
			return nil
		}
		// As go build: no test, and no file whose name starts with . or _ (an
		// editor's lock or backup, such as Emacs's .#photos.go).
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
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
	bin    string        // its build: removed once it has stopped
	exited chan struct{} // closed when it has exited
}

// stop asks the version to hand over (SIGTERM: it finishes the requests in flight),
// waits for it, killing it after within, and removes its build.
func (v *version) stop(within time.Duration) { v.end(askToStop, within) }

// quit stops the version as Ctrl+C does (see stop).
func (v *version) quit(within time.Duration) { v.end(askToQuit, within) }

func (v *version) end(ask func(*os.Process) error, within time.Duration) {
	if v == nil {
		return
	}
	_ = ask(v.cmd.Process)
	select {
	case <-v.exited:
	case <-time.After(within):
		_ = v.cmd.Process.Kill()
		<-v.exited
	}
	_ = os.Remove(v.bin)
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
	failed   chan string         // why no version can serve any more: the program stops

	mu      sync.Mutex
	current *version  // the version that serves, when it is a child
	gen     int       // builds made
	served  sources   // the sources of the version that serves: the first's, looked at when it started
	said    readiness // the notes and warnings of the version that serves, said already (see sayNew)
	broken  bool      // the last save did not build or start: the next that serves says it works again
}

// ctrlCGrace is how long a failed build waits for a Ctrl+C that stopped it to reach
// this program too, before it is said as the student's mistake.
const ctrlCGrace = 300 * time.Millisecond

// startWithin is how long a new version may take to start (to make -fake's photos, to
// read a data file) before it is given up: a loop that never ends in fake.go.
const startWithin = 30 * time.Second

// follow looks at the sources until ctx is done, and builds and starts a new version
// after each save. It returns once the last version has stopped.
func (s *supervisor) follow(ctx context.Context) {
	defer os.RemoveAll(s.bins)
	defer func() { // Ctrl+C, or the system's stop (SIGTERM): the version that serves stops as with Ctrl+C
		s.mu.Lock()
		v := s.current
		s.mu.Unlock()
		v.quit(3 * time.Second)
	}()
	served := s.served
	said := ""            // the last failure said, so that it is said once per change
	var revived time.Time // when a version that stopped by itself was last started again
	tick := time.NewTicker(lookEvery)
	defer tick.Stop()
	for {
		var died <-chan struct{}
		s.mu.Lock()
		if s.current != nil {
			died = s.current.exited
		}
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			return
		case <-died: // the version that serves stopped by itself (killed, or a crash)
			if ctx.Err() != nil { // or with Ctrl+C, which reached it first
				return
			}
			if !s.revive(ctx, time.Since(revived) < 10*time.Second) {
				return
			}
			revived = time.Now()
			continue
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
		msg := s.takeOver(ctx, changed, now)
		served = now
		if msg != "" && msg != said {
			s.say(msg)
		}
		if msg != "" {
			s.broken = true // the next version that serves says it is fixed
		}
		said = msg
	}
}

// revive starts the build of the version that serves again when it has stopped by
// itself, so that the port is never left open with nobody to answer; when it cannot
// (again is true: it stopped again at once), the program stops, saying so.
func (s *supervisor) revive(ctx context.Context, again bool) bool {
	p := s.p
	s.mu.Lock()
	dead := s.current
	s.mu.Unlock()
	if !again {
		s.say(p.Sprintf("the server's current version stopped by itself: it starts again"))
		if v, r, failure := s.start(ctx, dead.bin, nil); v != nil {
			s.mu.Lock()
			s.current = v
			s.mu.Unlock()
			s.sayNew(r)
			return true
		} else if failure == "" { // Ctrl+C meanwhile
			return false
		}
	}
	s.mu.Lock()
	s.current = nil
	s.mu.Unlock()
	s.failed <- p.Sprintf("the server's current version stopped by itself and does not start again: start the server again with go run .")
	return false
}

// takeOver builds the sources as they are (built: as they were looked at) and starts
// that version; when it is ready, it takes over from the one that serves. It returns
// what went wrong, in one sentence (and the compiler's own line below), or "" when the
// new version serves, or when it was given up for Ctrl+C or a newer save.
func (s *supervisor) takeOver(ctx context.Context, changed []string, built sources) string {
	p := s.p
	files := joinNames(p, changed)
	s.gen++
	bin := filepath.Join(s.bins, "photo-server-"+strconv.Itoa(s.gen))
	began := time.Now()
	build := exec.CommandContext(ctx, s.goCmd, "build", "-o", bin, ".")
	build.Dir = s.dir
	build.Cancel = func() error { return build.Process.Signal(os.Interrupt) } // so that go build removes its work folder
	// Its work folder in ours, which follow removes: Ctrl+C reaches the compiler and the
	// linker too, and go build, stopped before its own cleanup, would leave it in /tmp.
	build.Env = append(os.Environ(), "GOTMPDIR="+s.bins)
	build.WaitDelay = 3 * time.Second
	out, err := build.CombinedOutput()
	if err != nil && ctx.Err() == nil {
		// Ctrl+C reaches go build, in the terminal's process group, as soon as this
		// program: a build it stopped is not a mistake of the student's to say.
		select {
		case <-ctx.Done():
		case <-time.After(ctrlCGrace):
		}
	}
	if ctx.Err() != nil || err != nil {
		_ = os.Remove(bin)
		if ctx.Err() != nil {
			return ""
		}
		return p.Sprintf("%s saved, but it does not build, so the last good version is still served: %s", files, s.explain(string(out)))
	}
	took := time.Since(began)
	v, r, failure := s.start(ctx, bin, built)
	if v == nil {
		_ = os.Remove(bin)
		if failure == "" {
			return ""
		}
		return p.Sprintf("%s saved, but this version does not start, so the last good version is still served: %s", files, failure)
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
	if s.broken {
		s.say(p.Sprintf("%s saved, and it works again: %s (rebuilt in %s)", files, p.Sprintf("%d photos served", r.photos), seconds(p, took)))
		s.broken = false
	} else {
		s.say(p.Sprintf("%s saved: %s (rebuilt in %s)", files, p.Sprintf("%d photos served", r.photos), seconds(p, took)))
	}
	s.sayNew(r)
	return ""
}

// start starts the version built at bin, with the socket, and waits until it says it
// is ready, with how many photos it serves. When it does not, v is nil and failure
// says why in one sentence: it stopped (its own sentence is in the terminal already, a
// panic is summed up at its line), or it is not ready after startWithin. failure is ""
// when the version was given up for Ctrl+C (ctx), or for a newer save: the sources
// under s.dir differ from built (nil: no such look).
func (s *supervisor) start(ctx context.Context, bin string, built sources) (v *version, r readiness, failure string) {
	p := s.p
	ready, readyW, err := os.Pipe()
	if err != nil {
		return nil, r, err.Error()
	}
	defer ready.Close()
	cmd := exec.Command(bin, s.args...)
	cmd.Dir = s.dir
	early := &startOutput{w: os.Stderr}
	cmd.Stdout, cmd.Stderr = os.Stdout, early
	cmd.Env = append(os.Environ(), takeoverEnv+"=1")
	cmd.ExtraFiles = []*os.File{s.listener, readyW}
	cmd.WaitDelay = time.Second // a process it started may hold its stderr open: Wait still ends
	setDeathSignal(cmd)
	if err := startLocked(cmd); err != nil {
		readyW.Close()
		return nil, r, err.Error()
	}
	readyW.Close() // the child holds it now: its exit closes the pipe
	v = &version{cmd: cmd, bin: bin, exited: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(v.exited) }()
	said := make(chan readiness, 1)
	go func() { said <- readReady(ready) }()
	look := time.NewTicker(lookEvery)
	defer look.Stop()
	deadline := time.After(startWithin)
	for {
		select {
		case r := <-said:
			if r.ok {
				early.pass()
				return v, r, ""
			}
			v.quit(time.Second)                                 // it stopped, or is stopping: nothing to say ready any more
			if ctx.Err() != nil || cmd.ProcessState.Success() { // Ctrl+C reached it first: it stops with 0
				return nil, r, ""
			}
			return nil, r, early.failure(p, s.dir)
		case <-ctx.Done():
			v.quit(time.Second)
			return nil, r, ""
		case <-look.C:
			if built != nil && len(scanSources(s.dir).changedSince(built, s.dir)) > 0 {
				v.quit(time.Second) // a newer save: it is built next
				return nil, r, ""
			}
		case <-deadline:
			v.quit(time.Second)
			return nil, r, p.Sprintf("it is not ready after %s (a loop that never ends, in fake.go?)", seconds(p, startWithin))
		}
	}
}

// startOutput passes on what a new version writes to stderr, but for a panic (Go's
// "panic:" or "fatal error:", then every goroutine's stack): held, and summed up in one
// sentence at the student's line if the version stops at its start.
type startOutput struct {
	mu       sync.Mutex
	w        io.Writer
	held     strings.Builder // from the panic on
	passing  bool            // ready: everything is passed on
	panicked bool
}

func (o *startOutput) Write(b []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.passing {
		return o.w.Write(b)
	}
	if !o.panicked {
		at := panicAt(b)
		if at < 0 {
			return o.w.Write(b)
		}
		o.panicked = true
		if _, err := o.w.Write(b[:at]); err != nil { // what came before it on the same write: -fake's progress
			return 0, err
		}
		b = b[at:]
		o.held.Write(b)
		return at + len(b), nil
	}
	return o.held.Write(b)
}

// panicAt is where Go's "panic: " or "fatal error: " starts a line of b (after a
// new line, or a \r that ends a progress line), or -1.
func panicAt(b []byte) int {
	for _, word := range [][]byte{[]byte("panic: "), []byte("fatal error: ")} {
		for from := 0; ; {
			i := bytes.Index(b[from:], word)
			if i < 0 {
				break
			}
			i += from
			if i == 0 || b[i-1] == '\n' || b[i-1] == '\r' {
				return i
			}
			from = i + 1
		}
	}
	return -1
}

// pass passes on, from now, everything written (the version is ready), with what was held.
func (o *startOutput) pass() {
	o.mu.Lock()
	defer o.mu.Unlock()
	_, _ = io.WriteString(o.w, o.held.String())
	o.held.Reset()
	o.passing = true
}

// failure says in one sentence why a version stopped at its start: a panic at the line
// of dir's own files where it happened (photos.go:12), with Go's line below it; or
// only that it stopped, its own sentence being in the terminal already.
func (o *startOutput) failure(p *message.Printer, dir string) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.panicked {
		return p.Sprintf("it stopped, saying why above")
	}
	trace := o.held.String()
	first, _, _ := strings.Cut(trace, "\n")
	where := ""
	for line := range strings.Lines(trace) { // the frames: "\t/dir/photos.go:12 +0x1d"
		file, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		if rel, ok := strings.CutPrefix(file, dir+string(filepath.Separator)); ok && !strings.ContainsRune(rel, filepath.Separator) {
			where = rel
			break
		}
	}
	if where == "" {
		return p.Sprintf("it panics") + "\n    " + first
	}
	return p.Sprintf("it panics at %s", where) + "\n    " + first
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

// takeover is what a version started to take over receives: the listening socket,
// and where to say it is ready.
type takeover struct {
	listener net.Listener
	ready    io.WriteCloser
}

// inherited is this process's takeover when it is a new version of the code (set by
// Main), nil in any other process.
var inherited *takeover

// takeoverFiles returns, in a version started to take over, the files it receives;
// nil in any other process, even one that inherited the environment variable.
func takeoverFiles(getenv func(string) string) *takeover {
	if getenv(takeoverEnv) != "1" {
		return nil
	}
	f := os.NewFile(listenerFD, "listener")
	ln, err := net.FileListener(f)
	f.Close()
	if err != nil {
		return nil
	}
	return &takeover{ln, os.NewFile(readyFD, "ready")}
}

// buildsPrefix starts the name of the folder of a supervisor's builds, followed by its
// process number: a folder left by one killed outright is removed by the next.
const buildsPrefix = "photo-server-builds-"

// removeStaleBuilds removes the folders of builds whose supervisor is gone.
func removeStaleBuilds() {
	found, _ := filepath.Glob(filepath.Join(os.TempDir(), buildsPrefix+"*"))
	for _, dir := range found {
		pid, _, _ := strings.Cut(strings.TrimPrefix(filepath.Base(dir), buildsPrefix), "-")
		if n, err := strconv.Atoi(pid); err == nil && n != os.Getpid() && processGone(n) {
			_ = os.RemoveAll(dir)
		}
	}
}

// sayReady tells the supervisor what this version has to say (r's notes and warnings)
// and that it serves r.photos photos, and closes the pipe.
func sayReady(ready io.WriteCloser, r readiness) {
	for _, note := range r.notes {
		fmt.Fprintf(ready, "note %s\n", strconv.Quote(note))
	}
	for _, w := range r.warnings {
		fmt.Fprintf(ready, "warning %s\n", strconv.Quote(w))
	}
	fmt.Fprintf(ready, "ready %d\n", r.photos)
	ready.Close()
}

// readiness is what a new version says on its ready pipe, a line each, quoted: its
// notes ("note", said as they are) and its warnings ("warning": of photos.go, of a data
// file, said through datafile.WarningLines), then "ready" and how many photos it serves.
// ok is false when it stopped before that (or said "ready" without a number, which
// sayReady never writes).
type readiness struct {
	photos   int
	notes    []string
	warnings []string
	ok       bool
}

// readReady reads what a new version says on its ready pipe, until it is ready or stops.
func readReady(ready io.Reader) readiness {
	var r readiness
	lines := bufio.NewScanner(ready)
	lines.Buffer(nil, 1<<20)
	for lines.Scan() {
		kind, value, _ := strings.Cut(lines.Text(), " ")
		text, unquoted := strconv.Unquote(value)
		switch {
		case kind == "note" && unquoted == nil:
			r.notes = append(r.notes, text)
		case kind == "warning" && unquoted == nil:
			r.warnings = append(r.warnings, text)
		case kind == "ready":
			n, err := strconv.Atoi(value)
			r.photos, r.ok = n, err == nil
			return r
		}
	}
	return r
}

// sayNew says what a version that now serves has to say (r) and the one before it
// did not: a note or a warning is said once, when it appears, not again at each save.
// Warnings are compared without their numbers, so that a photo added above does not
// make the warnings of the photos below new (their line and number moved, not the
// warning); the new ones are said as at the start (datafile.WarningLines: the first
// five, then how many more). Those said before and still there are recalled in one
// line, so that a student who fixed one photo is not left to think the rest done; and
// when the last is fixed, that is said too.
func (s *supervisor) sayNew(r readiness) {
	for _, note := range r.notes {
		if !slices.Contains(s.said.notes, note) {
			s.say(note)
		}
	}
	before := map[string]int{}
	for _, w := range s.said.warnings {
		before[noteKey(w)]++
	}
	var fresh, kept []string
	for _, w := range r.warnings {
		if k := noteKey(w); before[k] > 0 {
			before[k]--
			kept = append(kept, w)
		} else {
			fresh = append(fresh, w)
		}
	}
	for _, line := range datafile.WarningLines(s.p, fresh) {
		s.say(line)
	}
	switch {
	case len(kept) > 0:
		s.say(s.p.Sprintf("warning: said before and still there: %s (%d in all)", kept[0], len(kept)))
	case len(s.said.warnings) > 0 && len(r.warnings) == 0:
		s.say(s.p.Sprintf("no warning any more"))
	}
	s.said = r
}

// noteKey is a warning without its numbers: photos.go:# photo # ("Chat") ...
func noteKey(note string) string { return digits.ReplaceAllString(note, "#") }

// digits are the numbers in a warning: lines, photos' numbers and ids.
var digits = regexp.MustCompile(`\d+`)

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
