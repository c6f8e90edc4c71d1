// Package server is the photo server: the command line and its friendly mistakes, the
// banner that gives the partner's address, the routes of the HTTP API (the list, one
// photo, the drawn pictures, the event stream, /healthz) with CORS for every page, the
// one writer of every answer (ETag, 304, gzip), the request log, and the graceful stop.
// Main is the whole program; the students' main.go calls it with their photos and
// their fakePhoto.
package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/cmdline"
	"photoserver/internal/datafile"
	"photoserver/internal/images"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/startwatch"
)

// Main runs the photo server over the students' code: photos is the list of photos.go,
// fakePhoto the maker of fake.go that -fake uses. It reads the command line and the
// environment, serves until Ctrl+C, and exits: 0 after Ctrl+C, 2 for a mistake in the
// command line, 1 when the server cannot start, each said in one sentence in the
// terminal's language. A Photo type it cannot serve (a field of the wrong type, a field
// missing) is said the same way, naming the field of photos.go.
func Main[P any](photos []P, fakePhoto func(n int, seed int64) P) {
	startwatch.Stop() // the students' package-level code has run
	// Ctrl+C, the terminal closed (SIGHUP) and the system's stop (SIGTERM): stop as
	// cleanly as with Ctrl+C.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGHUP, syscall.SIGTERM)
	defer stop()
	code, err := photo.CodeOf(photos, fakePhoto)
	if err == nil {
		err = run(ctx, code, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	}
	if err != nil {
		p := lang.Terminal(os.Getenv)
		var bad *photo.SchemaError
		if errors.As(err, &bad) {
			fmt.Fprintln(os.Stderr, bad.ExplainAt(p, bad.Where("photos.go")))
		} else {
			fmt.Fprintln(os.Stderr, lang.Say(p, err))
		}
		stop()
		if errors.As(err, new(usageError)) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// The students' package-level code (the list of photos.go) runs after every package
// main imports has been initialized, this one too: the watch starts here, and Main stops
// it (see package startwatch).
func init() { startwatch.Start() }

// A usageError is a mistake in the command line (the program exits with status 2): what
// is wrong, and the flag and the text at fault, said in the reader's language by Say.
type usageError struct {
	kind usageKind
	flag string // the flag at fault, without its dash
	text string // the text at fault (see usageKind)
}

// usageKind is what a usageError says, and what its text is.
type usageKind int

const (
	notDefined    usageKind = iota // flag is not a flag; text is the flag meant, or ""
	notAFlag                       // text is an argument that is not a flag
	needsValue                     // flag has no value after it
	onOrOff                        // flag, a boolean, was given a value
	fakeRange                      // -fake is not a number from 1 to catalog.MaxFake
	seedNumber                     // -seed is not a whole number
	seedAlone                      // -seed without -fake
	followedBy                     // flag (-data or -addr) is followed by text, not by its value
	addrWithURL                    // -addr has http:// or a path
	addrForm                       // -addr text is not an address and a port
	noSuchPort                     // -addr's port, text, is not from 0 to 65535
	notUnderstood                  // text is the flag package's own sentence, for a mistake none of these is
)

func (e usageError) Error() string { return e.Say(lang.English) }

// Say says the mistake in one sentence in p's language, with what to write instead.
func (e usageError) Say(p *message.Printer) string {
	switch e.kind {
	case notDefined:
		if e.text != "" {
			return p.Sprintf("-%s is not a flag: did you mean -%s? (go run . -h shows them all)", e.flag, e.text)
		}
		return p.Sprintf("-%s is not a flag: run go run . -h to see the flags", e.flag)
	case notAFlag:
		return p.Sprintf("%q is not a flag: run go run . -h to see the flags", e.text)
	case needsValue:
		return p.Sprintf("-%s must be followed by its value: run go run . -h to see the flags", e.flag)
	case onOrOff:
		return p.Sprintf("-%s is on or off: write -%s alone to turn it on", e.flag, e.flag)
	case fakeRange:
		return p.Sprintf("-fake must be a number of photos from 1 to %s, for example -fake 50", strconv.Itoa(catalog.MaxFake))
	case seedNumber:
		return p.Sprintf("-seed must be a whole number, such as -seed 7")
	case seedAlone:
		return p.Sprintf("-seed only works with -fake: add -fake 50, for example")
	case followedBy:
		what := p.Sprintf("a file name, such as -data photos.json")
		if e.flag == "addr" {
			what = p.Sprintf("an address, such as -addr 0.0.0.0:9001 or -addr 9001")
		}
		return p.Sprintf("-%s must be followed by %s, not by %q", e.flag, what, e.text)
	case addrWithURL:
		return p.Sprintf("-addr is an address and a port, without http:// or a path: such as -addr 0.0.0.0:9001, or only the port, -addr 9001")
	case addrForm:
		return p.Sprintf("-addr %s is not an address and a port: write it as -addr 0.0.0.0:9001, or only the port, -addr 9001", e.text)
	case noSuchPort:
		return p.Sprintf("port %s does not exist: a port is a number from 1 to 65535, such as -addr 9001", e.text)
	default:
		return p.Sprintf("the command line is not understood (%v): run go run . -h to see the flags", e.text)
	}
}

// config is what the command line asks for.
type config struct {
	addr    string
	fake    int
	seed    int64
	seedSet bool
	data    string
	offline bool
	noWatch bool // do not follow the code (see follow.go)
}

// usageText opens -h, before the flags.
const usageText = `Usage: go run . [flags]

Serves photos as JSON for your partner's page: http://<this computer's address>:9000/photos

Examples:
  go run .                       serve the photos written in photos.go
  go run . -fake 50              serve 50 photos made up by go-faker (a new seed each time)
  go run . -fake 50 -seed 7      serve the same 50 made-up photos every time
  go run . -data photos.json     serve photos.json, created if missing: edit it, save, the page follows
  go run . -offline              no internet in the room: the server draws the pictures itself
  go run . -addr 9001            use port 9001, if 9000 is already taken

Flags:
`

// parseFlags reads the command line; -h writes the help to stdout and returns flag.ErrHelp.
func parseFlags(p *message.Printer, args []string, stdout io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("photo-server", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // mistakes are said in one sentence of ours
	fs.StringVar(&cfg.addr, "addr", "0.0.0.0:9000", p.Sprintf("`address` and port to listen on, or only a port (9001); 0.0.0.0 accepts other computers"))
	fs.IntVar(&cfg.fake, "fake", 0, p.Sprintf("serve `N` photos made up by go-faker (1 to %s) instead of photos.go", strconv.Itoa(catalog.MaxFake)))
	fs.Int64Var(&cfg.seed, "seed", 0, p.Sprintf("with -fake: the `number` that makes the same photos every time"))
	fs.BoolVar(&cfg.offline, "offline", false, p.Sprintf("no internet in the room, or pictures blocked by the school's filter: each photo's url\npoints to a picture drawn by this server (/images/<id>.svg)"))
	fs.StringVar(&cfg.data, "data", "", p.Sprintf("serve the photos of `FILE` (JSON) and follow its changes live; a missing FILE is created"))
	fs.BoolVar(&cfg.noWatch, "nowatch", false, p.Sprintf("do not rebuild the server when a .go file is saved (photos.go, fake.go):\nrestart it by hand with Ctrl+C, then go run ."))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, p, fs)
			return cfg, err
		}
		return cfg, flagError(fs, args, err)
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "seed":
			cfg.seedSet = true
		case "fake":
			if cfg.fake < 1 || cfg.fake > catalog.MaxFake {
				err = usageError{kind: fakeRange, flag: "fake"}
			}
		case "data", "addr":
			if v := f.Value.String(); v == "" || strings.HasPrefix(v, "-") {
				err = usageError{kind: followedBy, flag: f.Name, text: v}
			}
		}
	})
	switch {
	case err != nil:
		return cfg, err
	case fs.NArg() > 0:
		return cfg, usageError{kind: notAFlag, text: fs.Arg(0)}
	case cfg.seedSet && cfg.fake == 0:
		return cfg, usageError{kind: seedAlone, flag: "seed"}
	}
	cfg.addr = listenAddress(cfg.addr)
	if err := checkAddress(cfg.addr); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// flagError says what the flag package found wrong in args, from where it stopped
// (cmdline.Find), never from the words of err; a mistake none of our sentences covers
// (such as ---fake) keeps err's own words in a sentence that says what to do.
func flagError(fs *flag.FlagSet, args []string, err error) error {
	m := cmdline.Find(fs, args)
	switch {
	case m.Kind == cmdline.Undefined:
		return usageError{kind: notDefined, flag: m.Flag, text: m.Near}
	case m.Kind == cmdline.NeedsValue:
		return usageError{kind: needsValue, flag: m.Flag}
	case m.Kind == cmdline.OnOrOff:
		return usageError{kind: onOrOff, flag: m.Flag}
	case m.Kind == cmdline.BadValue && m.Flag == "fake":
		return usageError{kind: fakeRange, flag: m.Flag}
	case m.Kind == cmdline.BadValue && m.Flag == "seed":
		return usageError{kind: seedNumber, flag: m.Flag}
	}
	return usageError{kind: notUnderstood, text: err.Error()}
}

// checkAddress refuses an -addr that cannot be listened on, saying how to write it.
func checkAddress(addr string) error {
	if strings.Contains(addr, "://") || strings.Contains(addr, "/") {
		return usageError{kind: addrWithURL, flag: "addr"}
	}
	_, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return usageError{kind: addrForm, flag: "addr", text: addr}
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return usageError{kind: noSuchPort, flag: "addr", text: port}
	}
	return nil
}

// printUsage writes -h: what the server does, examples, then each flag with what it
// means and its default, all in the terminal's language.
func printUsage(w io.Writer, p *message.Printer, fs *flag.FlagSet) {
	fmt.Fprint(w, p.Sprintf(usageText))
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Fprintln(w, strings.TrimRight("  -"+f.Name+" "+name, " "))
		for i, line := range strings.Split(usage, "\n") {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "        %s", line)
		}
		if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" {
			fmt.Fprintf(w, " %s", p.Sprintf("(default: %s)", f.DefValue))
		}
		fmt.Fprintln(w)
	})
}

// listenAddress completes an -addr: a port alone (9001 or :9001) means that port on
// every address of this computer.
func listenAddress(addr string) string {
	port := strings.TrimPrefix(addr, ":")
	if port != "" && strings.Trim(port, "0123456789") == "" {
		return ":" + port
	}
	return addr
}

// run is the whole program over the students' code: Main only calls it, so tests can
// too. The language of what it says comes from getenv (LANG and its kin).
func run(ctx context.Context, code photo.Code, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	p := lang.Terminal(getenv)
	cfg, err := parseFlags(p, args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}

	var sourcesAtStart sources // what the first photos are made from, as near their build as can be
	if _, dir, ok := followable(); ok && !cfg.noWatch {
		sourcesAtStart = scanSources(dir)
	}
	ln, err := net.Listen("tcp", cfg.addr) // first, so that a port in use is said at once
	if err != nil {
		return listenError{addr: cfg.addr, err: err}
	}
	defer ln.Close()
	if cfg.fake > 0 && !cfg.seedSet {
		cfg.seed = rand.Int64N(1_000_000) // chosen once: each new version makes the same photos
	}
	reqLog := newRequestLog(stdout, p)
	progress := &progressLine{w: stderr} // -fake's progress line
	pictures := images.Folder{Path: images.Dir}
	var st catalog.Store
	// The photos are made or read aside, so that Ctrl+C is obeyed at once, even while a
	// big file is read; what makes them notices it soon after and stops too.
	loaded := make(chan error, 1)
	var src photoSource
	go func() {
		var err error
		src, err = loadPhotos(ctx, p, code, cfg, &st, reqLog, progress, pictures)
		loaded <- err
	}()
	select {
	case err = <-loaded:
	case <-ctx.Done():
	}
	if ctx.Err() != nil {
		select { // what makes the photos stops soon after, cleaning up behind it (a file half created)
		case <-loaded:
		case <-time.After(time.Second):
		}
		progress.end()
		reqLog.say(p.Sprintf("stopped."))
		return nil
	} else if err != nil {
		return err
	}

	stopping := make(chan struct{})
	addr, lan := ln.Addr().(*net.TCPAddr), partnerAddresses()
	opts := serveOptions{offline: cfg.offline, own: ownHosts(addr.Port, lan, addr.IP), stopping: stopping, pictures: pictures}
	srv := newHTTPServer(newHandler(&st, reqLog, opts), reqLog)
	srv.RegisterOnShutdown(sync.OnceFunc(func() { close(stopping) })) // Shutdown runs it at each call
	follower := newFollower(p, reqLog.say, cfg, &st, pictures, src.file, sourcesAtStart,
		readiness{notes: src.notes, warnings: src.warnings})
	printBanner(stdout, p, bannerInfo{
		photos: len(st.Current().Photos()), source: src.describe,
		addr: addr, lan: lan, offline: cfg.offline, follows: follower.follows() && cfg.data == "", // with -data, the file is what to save
	})
	for _, note := range append(src.notes, datafile.WarningLines(p, src.warnings)...) {
		reqLog.say(note)
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	followed := make(chan struct{})
	if follower != nil {
		go func() { follower.follow(ctx); close(followed) }()
	} else {
		close(followed)
	}
	gc := newGCTuner(getenv) // fewer collections under load (gc.go)
	gc.tune()
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case err := <-served:
			return serveError{err}
		case now := <-ticker.C:
			reqLog.tick(now)
			gc.tune()
		case <-ctx.Done():
			reqLog.say(p.Sprintf("stopping: finishing the requests in progress..."))
			shutdown(srv)
			<-followed // a build or a program of the students' stops with Ctrl+C too
			reqLog.tick(time.Now().Add(time.Second))
			reqLog.say(p.Sprintf("stopped."))
			return nil
		}
	}
}

// A serveError is the server stopping by itself, with Go's reason (Serve's error).
type serveError struct{ err error }

func (e serveError) Error() string { return e.Say(lang.English) }
func (e serveError) Unwrap() error { return e.err }

// Say says that the server stopped, and to start it again.
func (e serveError) Say(p *message.Printer) string {
	return p.Sprintf("the server stopped (%v): start it again", e.err)
}

// shutdown stops srv, finishing the requests in flight for at most 3 seconds.
func shutdown(srv *http.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		_ = srv.Close()
	}
}

// progressLine is where -fake writes its progress line: with a \r and no new line, so
// that it stays on one line. What is said after it (Ctrl+C) first ends that line.
type progressLine struct {
	mu      sync.Mutex
	w       io.Writer
	midLine bool // the last write did not end its line
}

func (l *progressLine) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(b) > 0 {
		l.midLine = b[len(b)-1] != '\n'
	}
	return l.w.Write(b)
}

// end ends a progress line left open, so that what follows starts a line of its own.
func (l *progressLine) end() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.midLine {
		_, _ = io.WriteString(l.w, "\n")
		l.midLine = false
	}
}

// newHTTPServer sets the timeouts that keep slow or stuck clients from holding the
// server (a page on the classroom network needs far less than these), and sends Go's
// own errors, and the requests it refuses itself, to the log.
func newHTTPServer(h http.Handler, reqLog *requestLog) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(reqLog, "", 0),
		ConnContext:       reqLog.connContext,
		ConnState:         reqLog.connState,
	}
}
