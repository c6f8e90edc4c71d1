// Command grade grades a whole class in one command, as go test grades one pair, into a
// table in the terminal and, if asked, a file for the gradebook and a page to show:
//
//	go run ./tools/grade [flags] FOLDER_OR_ADDRESS...
//	go run ./tools/grade -o notes.csv -html classe.html /home/premiere/Eleves/*/seances/18_10_21
//	go run ./tools/grade 192.168.1.42:9000 192.168.1.43:9000
//
// A folder is a pair's folder at any depth above their photos.go: the unzipped
// exercise, or the day's folder in their home. Only their photos.go and fake.go are
// taken, next to the teacher's own main.go and tests, in a copy of the teacher's project
// (this one: -root to name another); the pair's test files and anything else in their
// folder are never used. Each pair is built and graded in a process of its own, with a
// time limit (-timeout, 20 s) and a cap on what it prints, by the very code of go test's
// grading sheet (internal/grading), which writes the grades for this program
// (PHOTOS_GRADES). An address (192.168.1.42:9000, with or without http://) grades a
// running server as PHOTOS_URL does, out of 8.
//
// The table has one row per pair, sorted by name (the part of the folder's path that
// differs from pair to pair): the points of each objective with how many photos met it,
// the total, and for a row that misses points, the first reason in one line. -o writes
// it as CSV (in French: UTF-8 with a BOM and ";", as LibreOffice Calc and Excel read it
// on a French computer), the same points, counts and total; -html as one page, with
// each pair's photos as the partner's page shows them, that needs no internet but for
// their pictures. What a pair wrote reaches none of them as a control character. Pairs
// are graded in parallel, as many at once as the computer has cores; each pair's build
// and run has its own limits, and Ctrl+C stops everything within a second. Exit status: 0 when the class
// was graded, whatever the marks; 2 for a mistake in the command line; 1 when the
// teacher's project cannot be built. Everything is said in the terminal's language.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"photoserver/internal/cmdline"
	"photoserver/internal/lang"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// config is what the command line asks for.
type config struct {
	csv, html string
	timeout   time.Duration
	root      string
	targets   []string // the folders and addresses, as given
}

// A usageError is a mistake in the command line (exit status 2): what is wrong and the
// facts at fault, said in the reader's language by Say, at the edge (run).
type usageError struct {
	kind usageKind
	flag string // the flag at fault, without its dash
	text string // the text at fault (see usageKind)
	file string // the file at fault (see usageKind)
}

// usageKind is what a usageError says, and what its text and file are.
type usageKind int

const (
	notDefined      usageKind = iota // flag is not a flag; text is the flag meant, or ""
	needsValue                       // flag has no value after it
	timeoutForm                      // -timeout is not a duration
	notUnderstood                    // text is the flag package's own sentence, for a mistake none of these is
	noTargets                        // no folder and no address
	followedBy                       // flag (-o, -html) is followed by text, not by a file name
	noFolder                         // flag's file cannot be written: its folder, text, does not exist
	noMatch                          // text, a pattern with a star, matches no folder
	notATarget                       // text is neither a folder nor an address
	notTheProject                    // text, the teacher's folder, has no file
	rootNotProject                   // -root text has no go.mod of module photoserver
	projectNotFound                  // no -root, and no project around
)

func (e usageError) Error() string { return e.Say(lang.English) }

// Say says the mistake in one sentence in p's language, with what to write instead.
func (e usageError) Say(p *message.Printer) string {
	switch e.kind {
	case notDefined:
		if e.text != "" {
			return p.Sprintf("-%s is not a flag: did you mean -%s? (go run ./tools/grade -h shows them all)", e.flag, e.text)
		}
		return p.Sprintf("-%s is not a flag: run go run ./tools/grade -h to see the flags", e.flag)
	case needsValue:
		return p.Sprintf("-%s must be followed by its value: run go run ./tools/grade -h to see the flags", e.flag)
	case timeoutForm:
		return p.Sprintf("-timeout must be a duration, such as -timeout 20s or -timeout 1m")
	case noTargets:
		return p.Sprintf("give the folders of the pairs, or the addresses of their servers, such as go run ./tools/grade /home/premiere/Eleves/*/seances/18_10_21")
	case followedBy:
		return p.Sprintf("-%s must be followed by a file name, not by %q", e.flag, e.text)
	case noFolder:
		return p.Sprintf("-%s %s: the folder %s does not exist, so the file cannot be written there", e.flag, e.file, e.text)
	case noMatch:
		return p.Sprintf("no folder matches %s: check the path, up to the star", e.text)
	case notATarget:
		return p.Sprintf("%s is neither a folder nor an address such as 192.168.1.42:9000: check the path", e.text)
	case notTheProject:
		return p.Sprintf("%s is not the photo server's folder: it has no %s (give the teacher's copy with -root)", e.text, e.file)
	case rootNotProject:
		return p.Sprintf("-root %s is not the photo server's folder: it has no go.mod of module photoserver", e.text)
	case projectNotFound:
		return p.Sprintf("the teacher's project is not found: run this in the photo server's folder, or give that folder with -root")
	default:
		return p.Sprintf("the command line is not understood (%v): run go run ./tools/grade -h to see the flags", e.text)
	}
}

// A stopError is what keeps the class from being graded but the command line (exit
// status 1): its kind, and Go's error when there is one.
type stopError struct {
	kind stopKind
	err  error
}

// stopKind is what a stopError says.
type stopKind int

const (
	interrupted stopKind = iota // Ctrl+C
	noGoCommand                 // the go command is not in PATH
	cannotCopy                  // the teacher's project cannot be copied where pairs are built (err)
)

func (e stopError) Error() string { return e.Say(lang.English) }
func (e stopError) Unwrap() error { return e.err }

// Say says why the class was not graded, in one sentence in p's language.
func (e stopError) Say(p *message.Printer) string {
	switch e.kind {
	case noGoCommand:
		return p.Sprintf("the go command is not found: install Go 1.26 or newer, or add its bin folder to PATH")
	case cannotCopy:
		return p.Sprintf("cannot copy the teacher's project to build the pairs (%v): check the free space, then run again", e.err)
	default:
		return p.Sprintf("stopped before the end: nothing was written")
	}
}

// usageText opens -h, before the flags.
const usageText = `Usage: go run ./tools/grade [flags] FOLDER_OR_ADDRESS...

Grades every pair given, as go test grades one, from the teacher's own tests: a folder is
a pair's folder at any depth above their photos.go (only photos.go and fake.go are
taken), an address is a pair's running server (graded out of 8).

Examples:
  go run ./tools/grade /home/premiere/Eleves/*/seances/18_10_21
  go run ./tools/grade -o notes.csv -html classe.html /home/premiere/Eleves/*/seances/18_10_21
  go run ./tools/grade 192.168.1.42:9000 192.168.1.43:9000

Flags:
`

// parseArgs reads the command line. Flags may come before or after the folders, as a
// teacher may add -o at the end; -h writes the help to stdout and returns flag.ErrHelp.
func parseArgs(p *message.Printer, args []string, stdout io.Writer) (config, error) {
	cfg := config{timeout: 20 * time.Second}
	fs := flag.NewFlagSet("grade", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // mistakes are said in one sentence of ours
	fs.StringVar(&cfg.csv, "o", "", p.Sprintf("write the table to `FILE` as CSV, for the gradebook (notes.csv)"))
	fs.StringVar(&cfg.html, "html", "", p.Sprintf("write the table to `FILE` as a web page to show (classe.html)"))
	fs.Func("timeout", p.Sprintf("how long a pair's tests may run (`DURATION`: 20s, 1m) (default: 20s)"), func(v string) error {
		d, err := parseDuration(v)
		cfg.timeout = d
		return err
	})
	fs.StringVar(&cfg.root, "root", "", p.Sprintf("the teacher's copy of the project, whose tests grade (`FOLDER`; default: the one this program is in)"))
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, p, fs)
			return cfg, err
		}
		if err != nil {
			return cfg, flagError(fs, args, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			cfg.targets = append(cfg.targets, rest[1:]...)
			break
		}
		cfg.targets = append(cfg.targets, rest[0])
		args = rest[1:]
	}
	if len(cfg.targets) == 0 {
		return cfg, usageError{kind: noTargets}
	}
	for name, file := range map[string]string{"o": cfg.csv, "html": cfg.html} {
		if file == "" {
			continue
		}
		if strings.HasPrefix(file, "-") {
			return cfg, usageError{kind: followedBy, flag: name, text: file}
		}
		if info, err := os.Stat(filepath.Dir(file)); err != nil || !info.IsDir() {
			return cfg, usageError{kind: noFolder, flag: name, file: file, text: filepath.Dir(file)}
		}
	}
	return cfg, nil
}

// parseDuration reads -timeout: a Go duration (20s, 1m30s) or a number of seconds (20).
func parseDuration(v string) (time.Duration, error) {
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		v = strconv.FormatFloat(n, 'f', -1, 64) + "s"
	}
	d, err := time.ParseDuration(v)
	if err == nil && d <= 0 {
		err = errors.New("not positive")
	}
	return d, err
}

// flagError says what the flag package found wrong in args, from where it stopped
// (cmdline.Find), never from the words of err; a mistake none of our sentences covers
// (such as ---o) keeps err's own words in a sentence that says what to do.
func flagError(fs *flag.FlagSet, args []string, err error) error {
	m := cmdline.Find(fs, args)
	switch {
	case m.Kind == cmdline.Undefined:
		return usageError{kind: notDefined, flag: m.Flag, text: m.Near}
	case m.Kind == cmdline.NeedsValue:
		return usageError{kind: needsValue, flag: m.Flag}
	case m.Kind == cmdline.BadValue && m.Flag == "timeout":
		return usageError{kind: timeoutForm, flag: m.Flag}
	}
	return usageError{kind: notUnderstood, text: err.Error()}
}

// printUsage writes -h: what the program does, examples, then each flag.
func printUsage(w io.Writer, p *message.Printer, fs *flag.FlagSet) {
	fmt.Fprint(w, p.Sprintf(usageText))
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Fprintln(w, strings.TrimRight("  -"+f.Name+" "+name, " "))
		fmt.Fprintf(w, "        %s\n", usage)
	})
}

// run is the whole program, so that tests can call it: it returns the exit status. The
// language of what it says, and of the reasons the pairs' sheets give, comes from
// getenv (LANG and its kin).
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	return runWith(ctx, args, getenv, stdout, stderr, defaultLimits)
}

// runWith is run with the builds' limits given: the tests' are short.
func runWith(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer, limits buildLimits) int {
	tag := lang.TerminalLanguage(getenv)
	p := lang.In(tag)
	cfg, err := parseArgs(p, args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var targets []target
	if err == nil {
		targets, err = resolve(cfg.targets)
	}
	var proj *project
	if err == nil && hasFolders(targets) {
		proj, err = prepare(tag, cfg.root, limits)
	}
	if proj != nil {
		defer proj.close() // after the error is said: a teacher's build that fails is explained from its folder
	}
	var rows []row
	start := time.Now()
	if err == nil {
		rows, err = gradeAll(ctx, p, proj, targets, cfg.timeout, stderr)
	}
	if ctx.Err() != nil { // Ctrl+C: whatever the step was
		err = stopError{kind: interrupted}
	}
	if err != nil {
		fmt.Fprintln(stderr, lang.Say(p, err))
		if errors.As(err, new(usageError)) {
			return 2
		}
		return 1
	}
	class := newClass(p, tag, rows)
	class.writeTable(stdout)
	graded := 0
	for _, r := range rows {
		if r.graded() {
			graded++
		}
	}
	took := seconds(p, time.Since(start))
	if left := len(rows) - graded; left > 0 {
		fmt.Fprintln(stdout, p.Sprintf("Graded: %s in %s; not graded: %s (see the reason on its row).", pairs(p, tag == language.French, graded), took, strconv.Itoa(left)))
	} else {
		fmt.Fprintln(stdout, p.Sprintf("Graded: %s in %s.", pairs(p, tag == language.French, graded), took))
	}
	for _, out := range []struct {
		file  string
		write func(io.Writer) error
	}{{cfg.csv, class.writeCSV}, {cfg.html, class.writeHTML}} {
		if out.file == "" {
			continue
		}
		if err := writeFile(out.file, out.write); err != nil {
			fmt.Fprintln(stderr, p.Sprintf("cannot write %s (%v): check the free space and that its folder is writable, then run again", out.file, err))
			return 1
		}
		fmt.Fprintln(stdout, p.Sprintf("Written: %s", out.file))
	}
	return 0
}

// writeFile writes a file whole, through a temporary file renamed, so that a failed
// write leaves no half file in place of the last good one.
func writeFile(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	return err
}

// seconds writes a duration in seconds for a person: 20 s, 1.5 s (in French 1,5 s).
func seconds(p *message.Printer, d time.Duration) string {
	if d%time.Second == 0 {
		return p.Sprintf("%s s", strconv.Itoa(int(d/time.Second)))
	}
	return p.Sprintf("%.1f s", d.Seconds())
}
