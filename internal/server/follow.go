package server

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/datafile"
	"photoserver/internal/gobuild"
	"photoserver/internal/gocode"
	"photoserver/internal/images"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// Following the students' code. Started with go run . in its folder, the server looks
// at the module's .go files as it looks at a data file, and when one is saved
// (photos.go, fake.go, or any other), it builds the students' program (internal/gocode:
// their files with a generated main; nothing is written in their folder), runs it with
// a time, memory and output limit, and serves what it prints: the catalog is swapped as
// a data file's reload swaps it, in the same loop, and the partner's page and its event
// streams stay connected. A save that does not build, or whose program panics, loops or
// prints too much, is said once, at its line, and the last good photos are still
// served. The server process itself never restarts, on any system.

// followTimes are the timings of following, set when the follower is made: the
// defaults (defaultFollowTimes), or short ones in tests, which then run in parallel.
type followTimes struct {
	// lookEvery is how often the .go files and the data file are looked at: a save is
	// noticed within it.
	lookEvery time.Duration
	// settleFor is how long the files must stay the same before a build: a burst of
	// saves (an editor that saves several files, a student who saves twice) is one.
	settleFor time.Duration
	// buildLimit bounds the build of the students' program after a save: seconds with
	// a warm cache; a file of constants that double (a compile bomb) is stopped.
	buildLimit time.Duration
	// ctrlCGrace is how long a failed build waits for a Ctrl+C that stopped it to
	// reach this program too, before it is said as the student's mistake.
	ctrlCGrace time.Duration
}

// defaultFollowTimes are the timings of the server a student runs.
var defaultFollowTimes = followTimes{
	lookEvery:  250 * time.Millisecond,
	settleFor:  300 * time.Millisecond,
	buildLimit: 2 * time.Minute,
	ctrlCGrace: 300 * time.Millisecond,
}

// notRegular names the first .go file of the students' package in dir that is not a
// regular file (a link, a pipe, a device), or "".
func notRegular(dir string) string {
	entries, _ := os.ReadDir(dir)
	for _, d := range entries {
		if strings.HasSuffix(d.Name(), ".go") && !strings.HasSuffix(d.Name(), "_test.go") && !d.Type().IsRegular() && !d.IsDir() {
			return d.Name()
		}
	}
	return ""
}

// followable returns the go command and the module's folder when this program follows
// its own code: run in the folder of its own source (go run ., or a binary built there),
// with this module's go.mod and photos.go, and the go command at hand. Any other way (a
// binary copied elsewhere, no source, no go), it does not follow, and says nothing of it.
func followable() (goCmd, dir string, ok bool) {
	info, read := debug.ReadBuildInfo()
	if !read || info.Main.Path != "photoserver" {
		return "", "", false
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", "", false
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || gocode.ModulePath(mod) != info.Main.Path {
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

// follower follows the students' code (when build is set) and the data file (when file
// is set), and serves each new good version of the photos.
type follower struct {
	p        *message.Printer
	say      func(string)
	cfg      config
	st       *catalog.Store
	pictures images.Folder
	file     *datafile.File  // with -data
	build    *gocode.Builder // nil: the code is not followed
	limits   gocode.Limits
	times    followTimes
	served   sources   // the sources of the photos served
	said     readiness // the notes and warnings said already (see sayNew)
	broken   bool      // the last save did not serve: the next that serves says it works again
}

// readiness is what a version of the photos has to say: its notes, said as they are,
// and its warnings, values said through datafile.WarningLines.
type readiness struct {
	notes    []string
	warnings []lang.Sayer
}

// newFollower makes the follower of the data file (d, nil without -data) and, when this
// program can follow its code and -nowatch is not given, of the code; nil when there is
// nothing to follow. built are the sources the first photos were made from.
func newFollower(p *message.Printer, say func(string), cfg config, st *catalog.Store, pictures images.Folder, d *datafile.File, built sources, said readiness) *follower {
	f := &follower{p: p, say: say, cfg: cfg, st: st, pictures: pictures, file: d, served: built, said: said, limits: gocode.DefaultLimits, times: defaultFollowTimes}
	if goCmd, dir, ok := followable(); ok && !cfg.noWatch {
		removeStaleBuilds()
		if work, err := os.MkdirTemp("", buildsPrefix+strconv.Itoa(os.Getpid())+"-"); err == nil {
			f.build = &gocode.Builder{Dir: dir, Go: goCmd, Work: work}
		}
	}
	if f.build == nil && d == nil {
		return nil
	}
	return f
}

// follows reports whether the follower follows the code (a save of photos.go is served).
func (f *follower) follows() bool { return f != nil && f.build != nil }

// follow looks at the sources and the data file every f.times.lookEvery until ctx is done, and
// serves a new version of the photos after each save.
func (f *follower) follow(ctx context.Context) {
	if f.build != nil {
		defer os.RemoveAll(f.build.Work)
	}
	said := "" // the last failure said, so that it is said once per change
	tick := time.NewTicker(f.times.lookEvery)
	defer tick.Stop()
	for {
		var now time.Time
		select {
		case <-ctx.Done():
			return
		case now = <-tick.C:
		}
		if f.file != nil {
			f.file.Poll(ctx, now)
		}
		if f.build == nil {
			continue
		}
		look := scanSources(f.build.Dir)
		if len(look.changedSince(f.served, f.build.Dir)) == 0 {
			continue
		}
		for { // a burst of saves is one build, of the last content
			select {
			case <-ctx.Done():
				return
			case <-time.After(f.times.settleFor):
			}
			again := scanSources(f.build.Dir)
			if len(again.changedSince(look, f.build.Dir)) == 0 {
				break
			}
			look = again
		}
		msg := f.reload(ctx, f.what(look))
		f.served = look
		if msg != "" && msg != said {
			f.say(msg)
		}
		if msg != "" {
			f.broken = true // the next version that serves says it is fixed
		}
		said = msg
	}
}

// what names the files saved and deleted since the photos served: "photos.go saved",
// "photos (copie).go deleted".
func (f *follower) what(now sources) string {
	p := f.p
	var saved, gone []string
	for _, name := range now.changedSince(f.served, f.build.Dir) {
		if _, ok := now[filepath.Join(f.build.Dir, filepath.FromSlash(name))]; ok {
			saved = append(saved, name)
		} else {
			gone = append(gone, name)
		}
	}
	switch {
	case len(gone) == 0:
		return p.Sprintf("%s saved", joinNames(p, saved))
	case len(saved) == 0:
		return p.Sprintf("%s deleted", joinNames(p, gone))
	}
	return p.Sprintf("%s saved and %s deleted", joinNames(p, saved), joinNames(p, gone))
}

// reload builds the students' program, runs it, and serves the photos it prints. It
// returns what went wrong, in one sentence (and the compiler's own line below), or ""
// when the new photos are served, or when it was given up for Ctrl+C.
func (f *follower) reload(ctx context.Context, what string) string {
	p := f.p
	began := time.Now()
	if name := notRegular(f.build.Dir); name != "" { // a FIFO or a device would hold go build forever
		return p.Sprintf("%s, but %s is not a plain file (a link, a pipe...), so the last good photos are still served: save it again from your editor", what, name)
	}
	buildCtx, cancel := context.WithTimeout(ctx, f.times.buildLimit)
	defer cancel()
	bin, err := f.build.Build(buildCtx)
	if ctx.Err() == nil && buildCtx.Err() != nil {
		return p.Sprintf("%s, but it does not build within %s, so the last good photos are still served: look for a constant that grows without end", what, seconds(p, f.times.buildLimit))
	}
	var be *gocode.BuildError
	if errors.As(err, &be) && ctx.Err() == nil {
		// Ctrl+C reaches go build, in the terminal's process group, as soon as this
		// program: a build it stopped is not a mistake of the student's to say.
		select {
		case <-ctx.Done():
		case <-time.After(f.times.ctrlCGrace):
		}
	}
	switch {
	case ctx.Err() != nil:
		return ""
	case be != nil:
		return p.Sprintf("%s, but it does not build, so the last good photos are still served: %s", what, explainBuild(p, f.build.Dir, be.Output))
	case err != nil:
		return p.Sprintf("%s, but its photos cannot be made, so the last good photos are still served: %s", what, err)
	}
	defer os.Remove(bin)
	code, err := gocode.Load(ctx, bin, f.build.Dir, f.limits)
	if err == nil {
		err = f.serve(ctx, code)
	}
	if ctx.Err() != nil {
		return ""
	}
	if err != nil {
		return p.Sprintf("%s, but its photos cannot be made, so the last good photos are still served: %s", what, f.failure(err))
	}
	took := seconds(p, time.Since(began))
	served := p.Sprintf("%d photos served", len(f.st.Current().Photos()))
	if f.file != nil { // with -data the file is what is served: photos.go gives its Photo type only
		served = p.Sprintf("the photos served are those of %s, read with the Photo type of photos.go", f.file.Name)
	}
	if f.broken {
		f.say(p.Sprintf("%s, and it works again: %s (rebuilt in %s)", what, served, took))
		f.broken = false
	} else {
		f.say(p.Sprintf("%s: %s (rebuilt in %s)", what, served, took))
	}
	return ""
}

// serve serves the photos of code as the command line asks: its list, its fakePhoto's,
// or the data file's read with its Photo type; and says what it has to say (sayNew).
func (f *follower) serve(ctx context.Context, code photo.Code) error {
	r := readiness{warnings: schemaWarnings(code.Schema)}
	if f.file != nil {
		if code.Schema != f.file.Schema { // a changed Photo type: the file read again with it, at once
			f.file.SetSchema(code.Schema)
			f.file.Poll(ctx, time.Now())
		}
		f.sayNew(r)
		return nil
	}
	c, _, err := makeCatalog(ctx, f.p, code, f.cfg, nil)
	if err != nil {
		return err
	}
	if f.cfg.fake == 0 {
		r.warnings = appendSayers(r.warnings, builtInWarnings(code.Schema, c.Photos(), f.pictures))
	}
	f.st.Replace(c)
	f.sayNew(r)
	return nil
}

// failure says in one sentence why the students' program gave no photos.
func (f *follower) failure(err error) string {
	p := f.p
	var bad *photo.SchemaError
	var call *photo.CallError
	var run *gocode.RunError
	switch {
	case errors.As(err, &bad):
		return bad.Say(p)
	case errors.As(err, &call):
		return call.Say(p)
	case errors.As(err, &run):
		file := "photos.go"
		if f.cfg.fake > 0 {
			file = "fake.go"
		}
		switch run.Reason {
		case gocode.TimedOut:
			return p.Sprintf("%s has not made its photos after %s: look there for a loop that never ends", file, seconds(p, f.limits.Time))
		case gocode.OutOfMemory:
			return p.Sprintf("%s uses more than %s of memory: look there for a list that grows without end", file, lang.Size(p, f.limits.Memory))
		case gocode.TooMuch:
			return p.Sprintf("%s prints more than %s: look there for a loop that never ends", file, lang.Size(p, f.limits.Output))
		case gocode.Stopped:
			switch {
			case run.Where != "":
				return p.Sprintf("it panics at %s", run.Where) + "\n    " + run.First
			case run.Panicked:
				return p.Sprintf("it panics") + "\n    " + run.First
			case run.First != "":
				return p.Sprintf("it stops before giving its photos") + "\n    " + run.First
			}
			return p.Sprintf("it stops before giving its photos")
		}
	}
	var said lang.Sayer // a photosError, a datafile.Error...
	if errors.As(err, &said) {
		return said.Say(p)
	}
	return err.Error()
}

// sources are the .go files of the students' package main, by path, with their size
// and time: those of the module's root folder (photos.go, fake.go and any a student
// adds), not its tests (they do not change the program), as go build reads them. The
// engine, in internal/, is not followed: it is this very program, which a change there
// needs restarted.
type sources map[string]stamp

// stamp is what a look at a file sees.
type stamp struct {
	size int64
	mod  time.Time
}

// scanSources looks at the sources in dir.
func scanSources(dir string) sources {
	found := sources{}
	entries, _ := os.ReadDir(dir) // what could be read: the next look sees the rest
	for _, d := range entries {
		// As go build: no test, and no file whose name starts with . or _ (an
		// editor's lock or backup, such as Emacs's .#photos.go).
		name := d.Name()
		if d.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		if info, err := d.Info(); err == nil {
			found[filepath.Join(dir, name)] = stamp{info.Size(), info.ModTime()}
		}
	}
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

// sayNew says what a version that now serves has to say (r) and the one before it
// did not: a note or a warning is said once, when it appears, not again at each save.
// Warnings are compared as values, a multiset: first as they are, then by their
// identity (photo.Warning.Identity: without their line and photo numbers), so that a
// photo added above does not make the warnings of the photos below new (their line
// and number moved, not the warning), while two photos with the same title and the
// same empty field stay two warnings. The new ones are said as at the start
// (datafile.WarningLines: the first five, then how many more). Those said before and
// still there are recalled in one line, so that a student who fixed one photo is not
// left to think the rest done; and when the last is fixed, that is said too.
func (s *follower) sayNew(r readiness) {
	for _, note := range r.notes {
		if !slices.Contains(s.said.notes, note) {
			s.say(note)
		}
	}
	before := map[any]int{} // the warnings said, as they are (key)
	moved := map[any]int{}  // and by their identity
	for _, w := range s.said.warnings {
		before[key(w)]++
	}
	kept := make([]bool, len(r.warnings))
	for i, w := range r.warnings {
		if before[key(w)] > 0 {
			before[key(w)]--
			kept[i] = true
		}
	}
	for k, n := range before { // said before, and not found as they are
		if w, ok := k.(lang.Sayer); ok {
			k = key(identity(w))
		}
		moved[k] += n
	}
	var fresh []lang.Sayer
	var still []lang.Sayer
	for i, w := range r.warnings {
		switch {
		case kept[i]:
			still = append(still, w)
		case moved[key(identity(w))] > 0:
			moved[key(identity(w))]--
			still = append(still, w)
		default:
			fresh = append(fresh, w)
		}
	}
	for _, line := range datafile.WarningLines(s.p, fresh) {
		s.say(line)
	}
	switch {
	case len(still) > 0:
		s.say(s.p.Sprintf("warning: said before and still there: %s (%d in all)", still[0].Say(s.p), len(still)))
	case len(s.said.warnings) > 0 && len(r.warnings) == 0:
		s.say(s.p.Sprintf("no warning any more"))
	}
	s.said = r
}

// key is w as a map key for the "said once" rule: w itself when its type is comparable
// (photo.Warning, datafile.SavedAs: every warning today), or else its type and fields
// written out, so that a warning holding a slice is compared too instead of panicking.
func key(w lang.Sayer) any {
	if reflect.TypeOf(w).Comparable() {
		return w
	}
	return fmt.Sprintf("%T %#v", w, w)
}

// identity is what makes two warnings the same for the "said once" rule: a photo's
// warning without its line and numbers (photo.Warning.Identity), any other as it is.
func identity(w lang.Sayer) lang.Sayer {
	if pw, ok := w.(photo.Warning); ok {
		return pw.Identity()
	}
	return w
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
	for _, l := range strings.Split(output, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			if !strings.Contains(l, sentence) && !strings.Contains(said, l) { // not said twice
				said += "\n    " + l // the compiler's own line, below
			}
			break
		}
	}
	return said
}
