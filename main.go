// Command photo-server serves a list of photos as JSON, for the page that a
// frontend partner writes on another computer of the classroom network.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/text/message"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		stop()
		if errors.As(err, new(usageError)) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// usageError is a mistake in the command line; the program exits with status 2.
type usageError string

func (e usageError) Error() string { return string(e) }

// config is what the command line asks for.
type config struct {
	addr    string
	fake    int
	seed    int64
	seedSet bool
	data    string
	offline bool
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
	fs.IntVar(&cfg.fake, "fake", 0, p.Sprintf("serve `N` photos made up by go-faker (1 to %s) instead of photos.go", strconv.Itoa(maxFake)))
	fs.Int64Var(&cfg.seed, "seed", 0, p.Sprintf("with -fake: the `number` that makes the same photos every time"))
	fs.BoolVar(&cfg.offline, "offline", false, p.Sprintf("no internet in the room, or pictures blocked by the school's filter: each photo's url\npoints to a picture drawn by this server (/images/<id>.svg)"))
	fs.StringVar(&cfg.data, "data", "", p.Sprintf("serve the photos of `FILE` (JSON) and follow its changes live; a missing FILE is created"))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, p, fs)
			return cfg, err
		}
		return cfg, flagError(p, fs, err)
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "seed":
			cfg.seedSet = true
		case "fake":
			if cfg.fake < 1 || cfg.fake > maxFake {
				err = usageError(p.Sprintf("-fake must be a number of photos from 1 to %s, for example -fake 50", strconv.Itoa(maxFake)))
			}
		case "data", "addr":
			if v := f.Value.String(); v == "" || strings.HasPrefix(v, "-") {
				what := p.Sprintf("a file name, such as -data photos.json")
				if f.Name == "addr" {
					what = p.Sprintf("an address, such as -addr 0.0.0.0:9001 or -addr 9001")
				}
				err = usageError(p.Sprintf("-%s must be followed by %s, not by %q", f.Name, what, v))
			}
		}
	})
	switch {
	case err != nil:
		return cfg, err
	case fs.NArg() > 0:
		return cfg, usageError(p.Sprintf("%q is not a flag: run go run . -h to see the flags", fs.Arg(0)))
	case cfg.seedSet && cfg.fake == 0:
		return cfg, usageError(p.Sprintf("-seed only works with -fake: add -fake 50, for example"))
	}
	cfg.addr = listenAddress(cfg.addr)
	if err := checkAddress(p, cfg.addr); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// flagError says in one sentence what the flag package found wrong, and what to write.
func flagError(p *message.Printer, fs *flag.FlagSet, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if near := nearestWord(strings.TrimLeft(name, "-"), names); near != "" {
			return usageError(p.Sprintf("-%s is not a flag: did you mean -%s? (go run . -h shows them all)", name, near))
		}
		return usageError(p.Sprintf("-%s is not a flag: run go run . -h to see the flags", name))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return usageError(p.Sprintf("-%s must be followed by its value: run go run . -h to see the flags", name))
	}
	if name, ok := strings.CutPrefix(msg, "invalid boolean value "); ok {
		_, flagName, _ := strings.Cut(name, " for -")
		flagName, _, _ = strings.Cut(flagName, ":")
		return usageError(p.Sprintf("-%s is on or off: write -%s alone to turn it on", flagName, flagName))
	}
	if strings.Contains(msg, " for flag -fake") {
		return usageError(p.Sprintf("-fake must be a number of photos from 1 to %s, for example -fake 50", strconv.Itoa(maxFake)))
	}
	if strings.Contains(msg, " for flag -seed") {
		return usageError(p.Sprintf("-seed must be a whole number, such as -seed 7"))
	}
	return usageError(p.Sprintf("the command line is not understood (%v): run go run . -h to see the flags", err))
}

// checkAddress refuses an -addr that cannot be listened on, saying how to write it.
func checkAddress(p *message.Printer, addr string) error {
	if strings.Contains(addr, "://") || strings.Contains(addr, "/") {
		return usageError(p.Sprintf("-addr is an address and a port, without http:// or a path: such as -addr 0.0.0.0:9001, or only the port, -addr 9001"))
	}
	_, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return usageError(p.Sprintf("-addr %s is not an address and a port: write it as -addr 0.0.0.0:9001, or only the port, -addr 9001", addr))
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return usageError(p.Sprintf("port %s does not exist: a port is a number from 1 to 65535, such as -addr 9001", port))
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
		for line := range strings.Lines(usage) {
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

// run is the whole program: main only calls it, so tests can too. The language of
// what it says comes from getenv (LANG and its kin).
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	p := terminalPrinter(getenv)
	cfg, err := parseFlags(p, args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.addr) // first, so that a port in use is said at once
	if err != nil {
		return listenError(p, cfg.addr, err)
	}
	defer ln.Close()
	reqLog := newRequestLog(stdout, p)
	var st store
	// The photos are made or read aside, so that Ctrl+C is obeyed at once, even while a
	// big file is read; what makes them notices it soon after and stops too.
	loaded := make(chan error, 1)
	var src photoSource
	go func() {
		var err error
		src, err = loadPhotos(ctx, p, cfg, &st, reqLog, stderr)
		loaded <- err
	}()
	select {
	case err = <-loaded:
	case <-ctx.Done():
	}
	if ctx.Err() != nil {
		reqLog.say(p.Sprintf("stopped."))
		return nil
	} else if err != nil {
		return err
	}

	stopping := make(chan struct{})
	addr, lan := ln.Addr().(*net.TCPAddr), partnerAddresses()
	opts := serveOptions{offline: cfg.offline, own: ownHosts(addr.Port, lan, addr.IP), stopping: stopping}
	srv := newHTTPServer(newHandler(&st, reqLog, opts), reqLog)
	srv.RegisterOnShutdown(func() { close(stopping) })
	printBanner(stdout, p, bannerInfo{
		photos: len(st.current().photos), source: src.describe,
		addr: addr, lan: lan, offline: cfg.offline,
	})
	for _, note := range src.notes {
		reqLog.say(note)
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	if src.file != nil {
		go src.file.follow(ctx) // it stops with ctx, at its next look or within a reload
	}
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case err := <-served:
			return errors.New(p.Sprintf("the server stopped (%v): start it again", err))
		case now := <-ticker.C:
			reqLog.tick(now)
		case <-ctx.Done():
			reqLog.say(p.Sprintf("stopping: finishing the requests in progress..."))
			shutCtx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutCtx); err != nil {
				_ = srv.Close()
			}
			reqLog.tick(time.Now().Add(time.Second))
			reqLog.say(p.Sprintf("stopped."))
			return nil
		}
	}
}

// photoSource is where the served photos come from.
type photoSource struct {
	describe string    // for the banner: "the built-in list in photos.go", ...
	notes    []string  // lines to show after the banner
	file     *dataFile // the data file to follow, with -data
}

// makeCatalog makes the photos to start with, from the built-in list or from go-faker,
// and says where they come from.
func makeCatalog(ctx context.Context, p *message.Printer, cfg config, stderr io.Writer) (*catalog, string, error) {
	if cfg.fake == 0 {
		c, err := newCatalog(photos)
		var dup *duplicateIDError
		if errors.As(err, &dup) {
			return nil, "", errors.New(dup.explain(p, p.Sprintf("in photos.go,"), "ID"))
		}
		return c, p.Sprintf("the built-in list in photos.go"), err
	}
	if !cfg.seedSet {
		cfg.seed = rand.Int64N(1_000_000)
	}
	seed, n := strconv.FormatInt(cfg.seed, 10), strconv.Itoa(cfg.fake)
	c, err := fakePhotos(ctx, p, cfg.fake, cfg.seed, stderr, fakeMaker)
	var dup *duplicateIDError
	if errors.As(err, &dup) {
		return nil, "", errors.New(p.Sprintf("in fake.go, fakePhoto writes an ID (%s has ID %s, like %s): remove the ID, the server numbers the photos itself",
			dup.label(p, dup.second), strconv.Itoa(dup.id), dup.label(p, dup.first)))
	}
	return c, p.Sprintf("go-faker with seed %s (go run . -fake %s -seed %s makes them again)", seed, n, seed), err
}

// builtInWarnings are what is worth saying of the photos of photos.go when the server
// starts: a text left empty, a photo copied and left as it was; at the line of
// photos.go when the file is here to read (go run .).
func builtInWarnings(p *message.Printer, list []Photo) []string {
	lits := photosInGo("photos.go")
	at := func(i int, field string) (where string, written bool) {
		if len(lits) != len(list) {
			return "photos.go", false
		}
		line, written := lits[i].lineOf(field)
		return "photos.go:" + strconv.Itoa(line), written
	}
	var warnings []string
	first := map[string]int{} // the texts of a photo -> the first photo with them
	for i, ph := range list {
		label := photoLabel(p, i, ph.Title)
		for _, f := range []struct{ name, value string }{{"Title", ph.Title}, {"Description", ph.Description}, {"Keyword", ph.Keyword}, {"URL", ph.URL}} {
			if strings.TrimSpace(f.value) != "" {
				continue
			}
			field := strings.ToLower(f.name)
			switch where, written := at(i, field); {
			case written:
				warnings = append(warnings, p.Sprintf("%s: the %s of %s is empty: write it between the quotes", where, field, label))
			default:
				warnings = append(warnings, p.Sprintf("%s: %s has no %s: write one, %s", where, label, field, f.name+`: "...",`))
			}
		}
		same := strings.Join([]string{ph.Title, ph.Description, ph.Keyword, ph.URL}, "\x00")
		if j, copied := first[same]; copied {
			where, _ := at(i, "")
			warnings = append(warnings, p.Sprintf("%s: %s is the same as %s: change its texts, or remove it", where, label, photoLabel(p, j, list[j].Title)))
		} else {
			first[same] = i
		}
	}
	return warnings
}

// loadPhotos fills st with the photos the command line asks for.
func loadPhotos(ctx context.Context, p *message.Printer, cfg config, st *store, reqLog *requestLog, stderr io.Writer) (photoSource, error) {
	var src photoSource
	if cfg.data == "" {
		c, describe, err := makeCatalog(ctx, p, cfg, stderr)
		if err != nil {
			return src, err
		}
		st.replace(c)
		src.describe = describe
		if cfg.fake == 0 {
			src.notes = warningLines(p, builtInWarnings(p, c.photos))
		}
		return src, nil
	}

	d := &dataFile{path: cfg.data, name: cfg.data, p: p, st: st, log: reqLog}
	_, statErr := os.Stat(cfg.data)
	switch {
	case errors.Is(statErr, fs.ErrNotExist) && !isDir(filepath.Dir(cfg.data)):
		return src, errors.New(p.Sprintf("the folder %s does not exist: create it first, or choose a file in a folder that exists", filepath.Dir(cfg.data)))
	case errors.Is(statErr, fs.ErrNotExist):
		c, describe, err := makeCatalog(ctx, p, cfg, stderr)
		if err != nil {
			return src, err
		}
		body := fileBody(c)
		if len(body) > maxDataFile {
			return src, errors.New(p.Sprintf("%s would be %s, more than the %s a data file may hold: ask -fake for fewer photos", cfg.data, formatSize(p, int64(len(body))), formatSize(p, maxDataFile)))
		}
		if err := createDataFile(p, cfg.data, body); err != nil {
			return src, err
		}
		src.notes = append(src.notes, p.Sprintf("created %s with the photos of %s: edit it and save, the server follows it", cfg.data, describe))
	case cfg.fake != 0:
		src.notes = append(src.notes, p.Sprintf("%s already exists, so its photos are served and -fake and -seed play no part", cfg.data))
	}
	_, data, err := d.load(ctx)
	if err != nil {
		return src, err
	}
	if data.saved != "" {
		src.notes = append(src.notes, p.Sprintf("warning: %s", data.saved))
	}
	src.notes = append(src.notes, warningLines(p, data.warnings)...)
	src.describe = p.Sprintf("%s, followed live: save the file and the partner's page follows", cfg.data)
	src.file = d
	return src, nil
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

// listenError turns a failure to listen into one sentence that says what to do.
func listenError(p *message.Printer, addr string, err error) error {
	_, port, _ := net.SplitHostPort(addr)
	switch {
	case errors.Is(err, errAddrInUse):
		next := "9001"
		if n, perr := strconv.Atoi(port); perr == nil && n < 65535 {
			next = strconv.Itoa(n + 1)
		}
		return errors.New(p.Sprintf("port %s is already in use, probably by another copy of this server: stop that one with Ctrl+C, or choose another port with -addr %s", port, next))
	case errors.Is(err, errAccess):
		return errors.New(p.Sprintf("port %s needs administrator rights: choose a port above 1024, such as -addr 9000", port))
	default:
		return errors.New(p.Sprintf("cannot listen on %s (%v): write the address as -addr 0.0.0.0:9000, or only the port, -addr 9000", addr, err))
	}
}

// bannerInfo is what the startup banner tells.
type bannerInfo struct {
	photos  int
	source  string
	addr    *net.TCPAddr // where the server listens
	lan     []net.IP     // this computer's addresses that another computer can reach, best first
	offline bool
}

// printBanner tells the student what is served, where to open it, which address to
// give the frontend partner (the form their page takes: fetch(server + "/photos")),
// and how to stop.
func printBanner(w io.Writer, p *message.Printer, b bannerInfo) {
	port := strconv.Itoa(b.addr.Port)
	own := "http://localhost:" + port
	if !b.addr.IP.IsUnspecified() {
		own = "http://" + net.JoinHostPort(b.addr.IP.String(), port)
	}
	fmt.Fprintln(w, p.Sprintf("Photo server: %s from %s.", p.Sprintf("%d photos", b.photos), b.source))
	fmt.Fprintln(w, "  "+p.Sprintf("Open them in Firefox on this computer: %s", own+"/photos"))
	switch {
	case b.addr.IP.IsLoopback():
		fmt.Fprintln(w, "  "+p.Sprintf("Only this computer can connect: start with -addr %s so that your partner can too.", port))
	case !b.addr.IP.IsUnspecified():
		fmt.Fprintln(w, "  "+p.Sprintf("Give your partner this address for their page: %s", own))
	case len(b.lan) == 0:
		fmt.Fprintln(w, "  "+p.Sprintf("This computer has no network address: connect it to the network so that your partner can reach it."))
	default:
		fmt.Fprintln(w, "  "+p.Sprintf("Give your partner this address for their page: %s", "http://"+net.JoinHostPort(b.lan[0].String(), port)))
		for _, ip := range b.lan[1:] {
			fmt.Fprintln(w, "  "+p.Sprintf("(or, if your partner is on another network of this computer: %s)", "http://"+net.JoinHostPort(ip.String(), port)))
		}
	}
	if b.offline {
		fmt.Fprintln(w, p.Sprintf("Offline mode: each photo's url is a picture drawn by this server, such as %s.", own+imagePath(1)))
	}
	fmt.Fprintln(w, p.Sprintf("Each request is shown below. Press Ctrl+C to stop."))
}
