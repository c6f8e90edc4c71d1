package main

import (
	"context"
	"errors"
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

// buildBatch builds the programs of a batch of pairs in one go command, each pair in a
// package folder of its own beside the teacher's main.go and tests, and, when
// withTeacher, the teacher's own code first of all. A pair whose code does not compile
// gets its row and no program. The error is for what is no pair's fault: the teacher's
// project that does not build, the go command that cannot run.
func (pr *project) buildBatch(ctx context.Context, p *message.Printer, batch []pending, withTeacher bool) ([]built, error) {
	var pkgs []string
	write := func(name string, files map[string][]byte) error {
		dir := filepath.Join(pr.run, name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			return err
		}
		for _, m := range []map[string][]byte{pr.theirs, files} {
			for file, content := range m {
				if err := os.WriteFile(filepath.Join(dir, file), content, 0o644); err != nil {
					return err
				}
			}
		}
		pkgs = append(pkgs, "./"+name)
		return nil
	}
	if withTeacher {
		if err := write(teacherPkg, pr.teacher); err != nil {
			return nil, err
		}
	}
	for _, b := range batch {
		if err := write(pkgName(b.i), b.files); err != nil {
			return nil, err
		}
	}
	bin, err := os.MkdirTemp(pr.run, "bin-")
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, buildLimit)
	defer cancel()
	out := &capped{max: outputCap * (len(pkgs) + 1)}
	// -s -w: the programs need no debugging symbols, and the link, most of a pair's time,
	// is shorter without them. Built as the server builds a save: no go vet.
	args := append([]string{"build", "-ldflags=-s -w", "-o", bin + string(filepath.Separator)}, pkgs...)
	cmd := exec.CommandContext(ctx, pr.goCmd, args...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = pr.run, pr.env, out, out
	cmd.WaitDelay = time.Second
	runErr := cmd.Run()
	outputs := splitOutput(out.String())
	program := func(name string) string {
		path := filepath.Join(bin, name)
		if runtime.GOOS == "windows" {
			path += ".exe"
		}
		if _, err := os.Stat(path); err != nil {
			return ""
		}
		return path
	}
	if withTeacher && program(teacherPkg) == "" { // no pair is to blame
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		output := outputs[teacherPkg]
		if output == "" {
			output = out.String() // what keeps the go command from building anything
		}
		file, line, sentence := gobuild.Explain(p, filepath.Join(pr.run, teacherPkg), output)
		where := file + ":" + strconv.Itoa(line)
		if file == "" {
			where = "go"
		}
		return nil, errors.New(p.Sprintf("the teacher's project does not build (%s: %s): run go test in %s to see why", where, sentence, pr.root))
	}
	var results []built
	for _, b := range batch {
		name := pkgName(b.i)
		r := built{pending: b, dir: filepath.Join(pr.run, name), program: program(name)}
		switch {
		case r.program != "":
		case errors.Is(ctx.Err(), context.DeadlineExceeded):
			r.row = r.row.failed(p, p.Sprintf("photos.go and fake.go did not compile within %s", seconds(p, buildLimit)))
		case outputs[name] == "":
			r.row = r.row.failed(p, p.Sprintf("cannot build the pair's code (%v)", runErr))
		default:
			r.row = r.row.failed(p, compileReason(p, r.dir, outputs[name]))
		}
		results = append(results, r)
	}
	return results, nil
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
	for line := range strings.Lines(output) {
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
