package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"photoserver/internal/gobuild"
	"photoserver/internal/gocode"
	"photoserver/internal/grading"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// row is one pair's line of the class table.
type row struct {
	name   string
	where  string                 // the folder of the photos.go graded, or the address
	grades map[int]grading.Graded // by objective; empty when nothing could be graded
	reason string                 // why nothing could be graded, when grades is empty
	note   string                 // what the teacher must know even at 10/10 (two projects)
	photos []grading.Reviewed     // the photos as the partner's page shows them, for the page
}

// graded reports whether the row has marks.
func (r row) graded() bool { return len(r.grades) > 0 }

// total is the points the row earned, out of the points of the objectives that could be
// told (10, or 8 for a server on the network).
func (r row) total() (earned, points int) {
	for _, g := range r.grades {
		earned += g.Earned
		if g.Unknown == "" {
			points += g.Points
		}
	}
	return earned, points
}

// why is the row's first reason, in one line: what keeps nothing from being graded, or
// the first objective's that misses points; after the note, when there is one.
func (r row) why(p *message.Printer, fiche []grading.FicheLine) string {
	reason := r.reason
	for _, o := range fiche {
		if reason != "" {
			break
		}
		reason = r.grades[o.Number].Reason()
	}
	switch {
	case r.note == "":
		return oneLine(reason)
	case reason == "":
		return r.note
	}
	return p.Sprintf("%s; %s", r.note, oneLine(reason))
}

// oneLine is s on one line: a reason with a line break would break the table's row.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// gradeAll grades every target and says the progress on stderr; the rows come in the
// targets' order. Servers are graded in this process, a few at once. Folders go
// through three steps, each in parallel with the others: their files are read (from
// network home folders, as many at once as twice the cores), built in batches, one go
// command at a time (the go command itself builds on every core), after the teacher's
// own code alone, and their programs run, as many at once as the computer has cores.
// Ctrl+C (ctx) ends it at once, at any step: a build is stopped with its compilers,
// and what is still reading a folder or waiting for a server is not waited for.
func gradeAll(ctx context.Context, p *message.Printer, proj *project, targets []target, timeout time.Duration, stderr io.Writer) ([]row, error) {
	rows := make([]row, len(targets))
	progress := newProgress(p, stderr, len(targets))
	defer progress.end()
	var wg sync.WaitGroup
	servers := make(chan struct{}, 8)
	var folders []int
	for i, t := range targets {
		if t.folder != "" {
			folders = append(folders, i)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			servers <- struct{}{}
			rows[i] = gradeAddress(p, t)
			<-servers
			progress.done()
		}()
	}
	defer waitUnlessStopped(ctx, &wg, 0)
	if len(folders) == 0 {
		return rows, nil
	}

	// Read each pair's folder.
	toRead := make(chan int)
	read := make(chan pending, len(folders)) // a reader never waits for the builds
	var readers sync.WaitGroup
	for range 2 * runtime.NumCPU() {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := range toRead {
				r, files := collect(p, targets[i])
				read <- pending{i: i, row: r, files: files}
			}
		}()
	}
	go func() {
		for _, i := range folders {
			if ctx.Err() != nil { // Ctrl+C: no more folders read (network homes can be slow)
				break
			}
			toRead <- i
		}
		close(toRead)
		readers.Wait()
		close(read)
	}()

	// Build them in batches, after the teacher's own code; run their programs.
	toRun := make(chan built, len(folders))
	var runners sync.WaitGroup
	for range runtime.NumCPU() {
		runners.Add(1)
		go func() {
			defer runners.Done()
			for b := range toRun {
				if ctx.Err() == nil {
					rows[b.i] = proj.runProgram(ctx, p, b.row, b.dir, b.program, timeout)
				}
				_ = os.RemoveAll(b.dir)
				_ = os.Remove(b.program)
				progress.done()
			}
		}()
	}
	defer waitUnlessStopped(ctx, &runners, stopGrace) // each stops its pair's program
	defer close(toRun)
	var batch []pending
	first := true
	flush := func() error {
		if first {
			first = false
			progress.say(p.Sprintf("Compiling the teacher's project (the first time, a minute or two)..."))
			if err := proj.buildTeacher(ctx); err != nil {
				return err
			}
		}
		results, err := proj.buildBatch(ctx, p, batch)
		batch = nil
		for _, b := range results {
			if b.program == "" {
				rows[b.i] = b.row
				_ = os.RemoveAll(b.dir)
				progress.done()
			} else {
				toRun <- b
			}
		}
		return err
	}
	for {
		var pd pending
		var more bool
		select {
		case pd, more = <-read:
		case <-ctx.Done(): // Ctrl+C: a folder still being read is not waited for
			return rows, ctx.Err()
		}
		if !more {
			break
		}
		if pd.files == nil { // nothing to build: its row says why
			rows[pd.i] = pd.row
			progress.done()
			continue
		}
		batch = append(batch, pd)
		if len(batch) == batchSize {
			if err := flush(); err != nil {
				return rows, err
			}
		}
	}
	if len(batch) > 0 { // no pair to build: nothing to compile at all
		return rows, flush()
	}
	return rows, nil
}

// stopGrace is how long, after Ctrl+C, the pairs' programs are given to be stopped
// (gocode stops a run when its context ends): the grader must exit within a second,
// and leave none of them running.
const stopGrace = 500 * time.Millisecond

// waitUnlessStopped waits for wg, or, once ctx is done (Ctrl+C), grace more at most:
// what is still running then (a server that answers in 5 s, a folder read from the
// network) is left to end with the program.
func waitUnlessStopped(ctx context.Context, wg *sync.WaitGroup, grace time.Duration) {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return
	case <-ctx.Done():
	}
	timer := time.NewTimer(grace)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
	}
}

// progress says how many pairs are graded: on a terminal, one line rewritten in place
// (12 of 30); elsewhere (a file, a test), a line each time.
type progress struct {
	mu       sync.Mutex
	p        *message.Printer
	w        io.Writer
	terminal bool
	n, of    int
	width    int // of the line on the terminal
}

func newProgress(p *message.Printer, w io.Writer, of int) *progress {
	f, ok := w.(*os.File)
	terminal := false
	if ok {
		info, err := f.Stat()
		terminal = err == nil && info.Mode()&os.ModeCharDevice != 0
	}
	pr := &progress{p: p, w: w, terminal: terminal, of: of}
	pr.say("")
	return pr
}

// say writes the progress, or line instead when it is not "": what happens meanwhile.
func (pr *progress) say(line string) {
	pr.mu.Lock()
	defer pr.mu.Unlock()
	pr.write(line)
}

func (pr *progress) write(line string) {
	if line == "" {
		line = pr.p.Sprintf("Grading: %s of %s", strconv.Itoa(pr.n), strconv.Itoa(pr.of))
	}
	if pr.terminal { // the line rewritten in place, with spaces over a longer one before it
		width := utf8.RuneCountInString(line)
		fmt.Fprint(pr.w, "\r"+line+strings.Repeat(" ", max(0, pr.width-width)))
		pr.width = width
	} else {
		fmt.Fprintln(pr.w, line)
	}
}

func (pr *progress) done() {
	pr.mu.Lock()
	defer pr.mu.Unlock()
	pr.n++
	pr.write("")
}

func (pr *progress) end() {
	if pr.terminal {
		fmt.Fprintln(pr.w)
	}
}

// gradeAddress grades a server on the network, in this process, as PHOTOS_URL does; a
// server that does not answer is not graded, and its row says why.
func gradeAddress(p *message.Printer, t target) row {
	s := grading.RemoteSource(p, t.address)
	if why := s.Unanswered(); why != "" { // not the pair's work: the teacher tries again
		return row{name: t.name, where: s.Describe, reason: why}
	}
	return row{name: t.name, where: s.Describe, grades: grading.GradedAll(grading.GradeAll(p, s)), photos: grading.Review(p, s)}
}

// maxFileSize bounds the photos.go and fake.go taken from a pair's folder.
const maxFileSize = 4 << 20

// collect finds the pair's photos.go below t's folder and reads it with its fake.go.
// When there is nothing to build, the files are nil and the row says why.
func collect(p *message.Printer, t target) (row, map[string][]byte) {
	r := row{name: t.name, where: t.folder}
	projects := findProjects(t.folder)
	if len(projects) == 0 {
		r.reason = p.Sprintf("no photos.go in this folder")
		return r, nil
	}
	dir := projects[0].dir
	r.where = dir
	if len(projects) > 1 {
		var others []string
		for _, o := range projects[1:] {
			others = append(others, relative(t.folder, o.dir))
		}
		r.note = p.Sprintf("%s projects in this folder: graded %s, the most recently modified (not %s)",
			strconv.Itoa(len(projects)), relative(t.folder, dir), strings.Join(others, ", "))
	}
	files := map[string][]byte{}
	for _, name := range pairsFiles {
		var err error
		files[name], err = readRegular(filepath.Join(dir, name), maxFileSize)
		var big *tooBigError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return r.failed(p, p.Sprintf("there is no %s beside photos.go, so the project does not compile: the pair needs both photos.go and fake.go", name)), nil
		case errors.Is(err, errNotRegular): // a link to /dev/zero, a pipe: never opened
			r.reason = p.Sprintf("%s is not an ordinary file (a link, a pipe or a device), so it is not read: the pair must save it again as a file", name)
			return r, nil
		case errors.As(err, &big):
			return r.failed(p, p.Sprintf("%s is %s, too big to be a student's file", name, lang.Size(p, big.size))), nil
		case err != nil:
			return r.failed(p, p.Sprintf("cannot read %s (%v): check that you may read the pair's folder", name, err)), nil
		}
	}
	for _, why := range []string{strayFile(p, dir, files), outsideExercise(p, files)} {
		if why == "" { // graded all the same: the teacher looks
			continue
		}
		if r.note != "" {
			why = p.Sprintf("%s; %s", r.note, why)
		}
		r.note = why
	}
	return r, files
}

// relative is dir as seen from folder: photo-server, or . for folder itself.
func relative(folder, dir string) string {
	if rel, err := filepath.Rel(folder, dir); err == nil {
		return filepath.ToSlash(rel)
	}
	return dir
}

// failed is r when the pair's code could not be graded at all: no point on any
// objective, for reason.
func (r row) failed(p *message.Printer, reason string) row {
	r.grades = map[int]grading.Graded{}
	for _, o := range grading.Fiche(p) {
		r.grades[o.Number] = grading.Graded{Number: o.Number, Points: o.Points, Why: reason}
	}
	return r
}

// compileReason says why a pair's code does not compile, in one line: the file, the
// line and what to write there (internal/gobuild).
func compileReason(p *message.Printer, dir, output string) string {
	file, line, sentence := gobuild.Explain(p, dir, output)
	switch {
	case file == "":
		return p.Sprintf("photos.go and fake.go do not compile: %s", sentence)
	case line == 0:
		return p.Sprintf("%s does not compile: %s", file, sentence)
	}
	return p.Sprintf("%s does not compile: line %s, %s", file, strconv.Itoa(line), sentence)
}

// localeOf is a locale that makes the pair's sheet speak the teacher's language.
func localeOf(tag language.Tag) string {
	if tag == language.French {
		return "fr_FR.UTF-8"
	}
	return "en_US.UTF-8"
}

// runProgram runs the pair's program (its code built with gocode.MainGo) in its
// package folder, each run within timeout and the memory and output limits of the
// server's, and grades what it prints with the teacher's own code, in this process: no
// code of the pair runs here, and what it does (rewriting a standard package's globals,
// writing files, starting goroutines) changes nothing but its own output.
func (pr *project) runProgram(ctx context.Context, p *message.Printer, r row, dir, program string, timeout time.Duration) row {
	lim := gocode.DefaultLimits
	lim.Time = timeout
	code, err := gocode.Load(ctx, program, dir, lim)
	if ctx.Err() != nil {
		return r
	}
	var run *gocode.RunError
	if errors.As(err, &run) {
		return r.failed(p, runReason(p, run, timeout))
	}
	code = code.WithFake(timed(ctx, code, lim))
	s := grading.FolderSource(p, dir, code, err)
	r.grades = grading.GradedAll(grading.GradeAll(p, s))
	r.photos = grading.Review(p, s)
	return r
}

// timed is code's maker of photos, whose run that fails is said as runReason, and
// that ends at Ctrl+C (ctx) too: the sheet runs it under a context of its own.
func timed(ctx context.Context, code photo.Code, lim gocode.Limits) photo.Faker {
	if !code.CanFake() {
		return nil
	}
	return func(given context.Context, n int, seed int64, each func(photo.Photo) error) error {
		inner, cancel := context.WithCancel(given)
		defer cancel()
		defer context.AfterFunc(ctx, cancel)()
		err := code.Fake(inner, n, seed, each)
		var run *gocode.RunError
		if errors.As(err, &run) {
			return runFailure{run: run, limit: lim.Time}
		}
		return err
	}
}

// A runFailure is the pair's program giving no photos: how it stopped, and its time
// limit, said by the sheet (runReason) in the sheet's language.
type runFailure struct {
	run   *gocode.RunError
	limit time.Duration
}

func (e runFailure) Error() string                 { return e.Say(lang.English) }
func (e runFailure) Unwrap() error                 { return e.run }
func (e runFailure) Say(p *message.Printer) string { return runReason(p, e.run, e.limit) }

// runReason says in one line why the pair's program gave no photos.
func runReason(p *message.Printer, run *gocode.RunError, timeout time.Duration) string {
	switch run.Reason {
	case gocode.TimedOut:
		return p.Sprintf("photos.go or fake.go did not finish in %s", seconds(p, timeout))
	case gocode.OutOfMemory:
		return p.Sprintf("photos.go or fake.go used more memory than %s", lang.Size(p, gocode.DefaultLimits.Memory))
	case gocode.TooMuch:
		return p.Sprintf("photos.go or fake.go printed more than %s", lang.Size(p, gocode.DefaultLimits.Output))
	case gocode.Stopped:
		if run.Where != "" {
			return p.Sprintf("the program stopped at %s: %s", run.Where, shorten(run.First))
		}
		if run.First != "" {
			return p.Sprintf("the program stopped before the end: %s", shorten(run.First))
		}
	}
	return p.Sprintf("the program stopped before the end: %s", shorten(run.Error()))
}

// shorten cuts a line a program printed to 200 characters: a reason fits in a cell.
func shorten(s string) string {
	if r := []rune(s); len(r) > 200 {
		return string(r[:200]) + "..."
	}
	return s
}
