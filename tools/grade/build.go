package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/gobuild"
	"photoserver/internal/lang"
)

// batchSize is how many pairs one go command builds. One command for several pairs
// loads the project's packages once and links their tests in parallel; batches keep the
// progress moving and let the first pairs' tests run while the next are built.
const batchSize = 8

// pending is a pair whose files are read, to be built.
type pending struct {
	i     int // the pair's target
	row   row
	files map[string][]byte // photos.go and fake.go
}

// built is a pair after its build: the program to run, or its row when the code
// does not compile.
type built struct {
	pending
	dir, program string
}

// teacherPkg is the package folder, in a run's folder, of the teacher's own photos.go
// and fake.go.
const teacherPkg = "teacher"

// pkgName is the package folder of pair i in a run's folder.
func pkgName(i int) string { return "pair" + strconv.Itoa(i+1) }

// The limits of a build. The first build compiles the teacher's project and its
// modules (a minute or two the first time); after it, a batch of pairs compiles their
// two files and links their programs in seconds. A batch that fails without naming the
// pair to blame, or that passes its time, is built again pair by pair, each within its
// own limit, so that a compile bomb (constants that double up to a string of 2 GB)
// blames its pair only. A project takes them when it is made (buildLimits), so that a
// test can make them short without changing them for the others.
type buildLimits struct {
	teacher, batch, pair time.Duration
}

// defaultLimits are the limits of a real run.
var defaultLimits = buildLimits{teacher: 5 * time.Minute, batch: 2 * time.Minute, pair: time.Minute}

// compilerMemory is the memory each process of a build may map (the go command, the
// compiler, the linker), where the system lets it be bounded (limitMemory): the whole
// project, standard library included, compiles within 320 MB (RLIMIT_AS counts the
// address space the Go runtime reserves too, hence the margin).
const compilerMemory = 2_000_000_000

// buildTeacher builds the teacher's own photos.go and fake.go, alone, before any pair:
// the first time, Go compiles the whole project there once, and a project that does
// not build is said before any pair is blamed for it.
func (pr *project) buildTeacher(ctx context.Context) error {
	dir, err := pr.writePkg(teacherPkg, pr.teacher)
	if err != nil {
		return err
	}
	res, err := pr.goBuild(ctx, []string{teacherPkg}, pr.limits.teacher, 0) // the teacher's code: no memory limit
	if err != nil || res.program(teacherPkg) != "" {
		return err
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	output := res.outputs[teacherPkg]
	if output == "" {
		output = res.output // what keeps the go command from building anything
	}
	if res.timedOut {
		output = "did not compile within " + pr.limits.teacher.String()
	}
	return teacherBuildError{dir: dir, output: output, root: pr.root}
}

// A teacherBuildError is the teacher's own project failing to build: the folder it was
// built in and the compiler's output, explained (gobuild.Explain) when said. The folder
// must still be there then: run removes it after saying the error.
type teacherBuildError struct {
	dir, output string
	root        string // the teacher's project
}

func (e teacherBuildError) Error() string { return e.Say(lang.English) }

// Say says, in one sentence in p's language, where the teacher's project does not build
// and where to see why.
func (e teacherBuildError) Say(p *message.Printer) string {
	file, line, sentence := gobuild.Explain(p, e.dir, e.output)
	where := file + ":" + strconv.Itoa(line)
	if file == "" {
		where = "go"
	}
	return p.Sprintf("the teacher's project does not build (%s: %s): run go test in %s to see why", where, sentence, e.root)
}

// buildBatch builds a batch of pairs in one go command, each pair in a package folder
// of its own beside the generated main.go; a pair that the batch leaves without a
// program and without a compiler's message of its own (the batch passed its time, or
// stopped for another reason) is built again alone, within its pair limit. A pair whose code
// does not compile gets its row and no program. The error is for what is no pair's
// fault: a folder that cannot be written, the go command that cannot run, Ctrl+C.
func (pr *project) buildBatch(ctx context.Context, p *message.Printer, batch []pending) ([]built, error) {
	var names []string
	for _, b := range batch {
		if _, err := pr.writePkg(pkgName(b.i), b.files); err != nil {
			return nil, err
		}
		names = append(names, pkgName(b.i))
	}
	res, err := pr.goBuild(ctx, names, pr.limits.batch, compilerMemory)
	if err != nil {
		return nil, err
	}
	var results []built
	for _, b := range batch {
		name := pkgName(b.i)
		r := built{pending: b, dir: filepath.Join(pr.run, name), program: res.program(name)}
		own := *res // what the go command said of this pair
		own.output = res.outputs[name]
		if r.program == "" && (res.timedOut || own.output == "" || outOfMemory(own.output)) && len(batch) > 1 {
			alone, err := pr.goBuild(ctx, []string{name}, pr.limits.pair, compilerMemory) // only this pair is blamed
			if err != nil {
				return nil, err
			}
			own = *alone
			own.output = alone.outputs[name]
			r.program = alone.program(name)
		}
		switch {
		case r.program != "":
		case outOfMemory(own.output):
			r.row = r.row.failed(p, p.Sprintf("photos.go and fake.go need more than %s of memory to compile: look for constants that double in size", lang.Size(p, compilerMemory)))
		case own.timedOut:
			r.row = r.row.failed(p, p.Sprintf("photos.go and fake.go did not compile within %s", seconds(p, own.limit)))
		case own.output == "":
			r.row = r.row.failed(p, p.Sprintf("cannot build the pair's code (%v)", own.runErr))
		default:
			r.row = r.row.failed(p, compileReason(p, r.dir, own.output))
		}
		results = append(results, r)
	}
	return results, nil
}

// outOfMemory reports whether what the go command said of a package is the compiler
// stopped by its memory limit.
func outOfMemory(output string) bool {
	return strings.Contains(output, "out of memory") || strings.Contains(output, "cannot allocate memory")
}

// writePkg writes a package folder of this run: the generated main.go and files.
func (pr *project) writePkg(name string, files map[string][]byte) (string, error) {
	dir := filepath.Join(pr.run, name)
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", err
	}
	for _, m := range []map[string][]byte{pr.theirs, files} {
		for file, content := range m {
			if err := os.WriteFile(filepath.Join(dir, file), content, 0o644); err != nil {
				return "", err
			}
		}
	}
	return dir, nil
}

// buildResult is what one go command did.
type buildResult struct {
	bin      string            // the folder of the programs built
	output   string            // what it said, all of it (capped)
	outputs  map[string]string // what it said of each package folder (splitOutput)
	runErr   error             // how it ended
	timedOut bool              // it passed its limit, and was stopped
	limit    time.Duration     // that limit
}

// program is the path of the program built for the package folder name, or "".
func (res *buildResult) program(name string) string {
	path := filepath.Join(res.bin, name)
	if runtime.GOOS == "windows" {
		path += ".exe"
	}
	if _, err := os.Stat(path); err != nil {
		return ""
	}
	return path
}

// goBuild builds the package folders names of this run in one go command, within
// limit, and with the memory of each of its processes bounded to memory where the
// system allows (limitMemory; 0: not bounded, for the teacher's own code, whose first
// build compiles the whole project and its modules). The go command and the compilers and linkers it starts are one process
// group, stopped together (stopGroup) at the limit or at Ctrl+C: no compiler is left
// running. The error is only for a go command that cannot start, or Ctrl+C.
func (pr *project) goBuild(ctx context.Context, names []string, limit time.Duration, memory uint64) (*buildResult, error) {
	bin, err := os.MkdirTemp(pr.run, "bin-")
	if err != nil {
		return nil, err
	}
	bctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	out := &capped{max: outputCap * (len(names) + 1)}
	// -s -w: the programs need no debugging symbols, and the link, most of a pair's time,
	// is shorter without them. Built as the server builds a save: no go vet.
	args := []string{"build", "-ldflags=-s -w", "-o", bin + string(filepath.Separator)}
	for _, name := range names {
		args = append(args, "./"+name)
	}
	cmd := exec.CommandContext(bctx, pr.goCmd, args...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = pr.run, pr.env, out, out
	cmd.WaitDelay = 500 * time.Millisecond
	ownGroup(cmd)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	if memory > 0 {
		_ = limitMemory(cmd.Process.Pid, memory) // where it cannot, the time limit still holds
	}
	res := &buildResult{bin: bin, runErr: cmd.Wait(), limit: limit}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	res.timedOut = errors.Is(bctx.Err(), context.DeadlineExceeded)
	res.output = out.String()
	res.outputs = splitOutput(res.output)
	return res, nil
}

// header is the line that opens what the go command says of one package: "# path",
// "# path [path.test]", or go vet's "# [path]".
var header = regexp.MustCompile(`^# \[?\S*/(pair\d+|` + teacherPkg + `)\b`)

// pkgInLine is a package folder named in a line that has no header: "pair3/fake.go:7:2:
// cannot find module...", "found packages main (fake.go) and photos (photos.go) in
// /.../pair3".
var pkgInLine = regexp.MustCompile(`(?:^|[\s/\\])(pair\d+|` + teacherPkg + `)(?:[/\\]|$)`)

// splitOutput splits what the go command said of a batch by package folder, each
// file named as from its own folder (photos.go:14:3, not pair3/photos.go:14:3), as
// gobuild reads it.
func splitOutput(output string) map[string]string {
	parts := map[string]string{}
	current := ""
	for _, line := range strings.SplitAfter(output, "\n") {
		if line == "" {
			continue // after the last new line
		}
		if m := header.FindStringSubmatch(line); m != nil {
			current = m[1]
			parts[current] += line
			continue
		}
		if strings.HasPrefix(line, "FAIL") || strings.HasPrefix(line, "ok ") {
			continue
		}
		name := current
		if m := pkgInLine.FindStringSubmatch(strings.TrimRight(line, "\r\n")); m != nil {
			name = m[1]
		}
		for _, prefix := range []string{"./" + name + "/", name + "/", `.\` + name + `\`, name + `\`} {
			line = strings.TrimPrefix(line, prefix)
		}
		parts[name] += line
	}
	return parts
}
