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
	"strconv"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
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

const usageText = `Usage: go run . [flags]

Serves photos as JSON for your partner's page: http://<this computer's address>:9000/photos

Examples:
  go run .                       serve the photos written in photos.go
  go run . -fake 50              serve 50 photos made up by go-faker (a new seed each time)
  go run . -fake 50 -seed 7      serve the same 50 made-up photos every time
  go run . -data photos.json     serve photos.json, created if missing: edit it, save, refresh the page
  go run . -offline              no internet in the room: the server draws the pictures itself
  go run . -addr 0.0.0.0:9001    use port 9001, if 9000 is already taken

Flags:
`

// parseFlags reads the command line.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("photo-server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.addr, "addr", "0.0.0.0:9000", "`address` and port to listen on; 0.0.0.0 accepts other computers")
	fs.IntVar(&cfg.fake, "fake", 0, fmt.Sprintf("serve `N` photos made up by go-faker (1 to %d) instead of photos.go", maxFake))
	fs.Int64Var(&cfg.seed, "seed", 0, "with -fake: the `number` that makes the same photos every time")
	fs.BoolVar(&cfg.offline, "offline", false, "no internet in the room, or pictures blocked by the school's filter: each photo's url\npoints to a picture drawn by this server (/images/<id>.svg)")
	fs.StringVar(&cfg.data, "data", "", "serve the photos of `FILE` (JSON) and follow its changes live; a missing FILE is created")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usageText)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, err
		}
		return cfg, usageError("the command line is not understood: run go run . -h to see the flags")
	}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "seed":
			cfg.seedSet = true
		case "fake":
			if cfg.fake < 1 || cfg.fake > maxFake {
				cfg.fake = -1
			}
		}
	})
	switch {
	case fs.NArg() > 0:
		return cfg, usageError(fmt.Sprintf("%q is not a flag: run go run . -h to see the flags", fs.Arg(0)))
	case cfg.fake < 0:
		return cfg, usageError(fmt.Sprintf("-fake must be a number of photos from 1 to %d, for example -fake 50", maxFake))
	case cfg.seedSet && cfg.fake == 0:
		return cfg, usageError("-seed only works with -fake: add -fake 50, for example")
	}
	return cfg, nil
}

// run is the whole program: main only calls it, so tests can too.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.addr) // first, so that a port in use is said at once
	if err != nil {
		return listenError(cfg.addr, err)
	}
	defer ln.Close()
	reqLog := newRequestLog(stdout)
	var st store
	src, err := loadPhotos(cfg, &st, reqLog, stderr)
	if err != nil {
		return err
	}
	if ctx.Err() != nil { // Ctrl+C while the photos were being made
		return nil
	}
	srv := newHTTPServer(newHandler(&st, reqLog), stderr)
	printBanner(stdout, bannerInfo{
		photos: len(st.current().photos), source: src.describe,
		addr: ln.Addr().(*net.TCPAddr), lan: lanIPv4s(), offline: cfg.offline,
	})
	for _, note := range src.notes {
		reqLog.printf("%s", note)
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	var follow <-chan time.Time
	if src.file != nil {
		poller := time.NewTicker(pollInterval)
		defer poller.Stop()
		follow = poller.C
	}
	for {
		select {
		case err := <-served:
			return fmt.Errorf("the server stopped: %w", err)
		case now := <-ticker.C:
			reqLog.tick(now)
		case now := <-follow:
			src.file.poll(now)
		case <-ctx.Done():
			reqLog.printf("stopping: finishing the requests in progress...")
			shutCtx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutCtx); err != nil {
				_ = srv.Close()
			}
			reqLog.tick(time.Now().Add(time.Second))
			reqLog.printf("stopped.")
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

// makePhotos returns the photos to start with, numbered, with their encoding and
// where they come from: the built-in list, or -fake's (encoded while go-faker works).
func makePhotos(cfg config, stderr io.Writer) ([]Photo, *encoded, string, error) {
	if cfg.fake == 0 {
		list, err := numberPhotos(photos)
		if err != nil {
			return nil, nil, "", fmt.Errorf("the photos cannot be served: %w", err)
		}
		return list, encode(list), "the built-in list in photos.go", nil
	}
	if !cfg.seedSet {
		cfg.seed = rand.Int64N(1_000_000)
	}
	list, plain := fakePhotos(cfg.fake, cfg.seed, stderr)
	return list, plain, fmt.Sprintf("go-faker with seed %d (go run . -fake %d -seed %d makes them again)", cfg.seed, cfg.fake, cfg.seed), nil
}

// loadPhotos fills st with the photos the command line asks for.
func loadPhotos(cfg config, st *store, reqLog *requestLog, stderr io.Writer) (photoSource, error) {
	var src photoSource
	if cfg.data == "" {
		list, plain, describe, err := makePhotos(cfg, stderr)
		if err != nil {
			return src, err
		}
		st.replace(catalogOf(list, plain, cfg.offline))
		src.describe = describe
		return src, nil
	}

	d := &dataFile{path: cfg.data, name: cfg.data, offline: cfg.offline, st: st, log: reqLog}
	_, statErr := os.Stat(cfg.data)
	switch {
	case errors.Is(statErr, fs.ErrNotExist):
		_, plain, describe, err := makePhotos(cfg, stderr)
		if err != nil {
			return src, err
		}
		if err := createDataFile(cfg.data, plain.plain.body); err != nil {
			return src, err
		}
		src.notes = append(src.notes, fmt.Sprintf("created %s with the photos of %s: edit it and save, the server follows it", cfg.data, describe))
	case cfg.fake != 0:
		src.notes = append(src.notes, fmt.Sprintf("%s already exists, so its photos are served and -fake and -seed play no part", cfg.data))
	}
	_, warnings, err := d.load()
	if err != nil {
		return src, fmt.Errorf("%v; fix the file and start the server again", err)
	}
	src.notes = append(src.notes, warningLines(warnings)...)
	src.describe = cfg.data + ", followed live: save the file and refresh the page to see the change"
	src.file = d
	return src, nil
}

// newHTTPServer sets the timeouts that keep slow or stuck clients from holding the
// server: a page on the classroom network needs far less than these.
func newHTTPServer(h http.Handler, stderr io.Writer) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(stderr, "", log.LstdFlags),
	}
}

// listenError turns a failure to listen into one sentence that says what to do.
func listenError(addr string, err error) error {
	_, port, _ := net.SplitHostPort(addr)
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		next := "9001"
		if n, perr := strconv.Atoi(port); perr == nil && n < 65535 {
			next = strconv.Itoa(n + 1)
		}
		return fmt.Errorf("port %s is already in use, probably by another copy of this server: stop that one with Ctrl+C, or choose another port with -addr 0.0.0.0:%s", port, next)
	case errors.Is(err, syscall.EACCES):
		return fmt.Errorf("port %s needs administrator rights: choose a port above 1024 with -addr 0.0.0.0:9000", port)
	default:
		return fmt.Errorf("cannot listen on %s (%v): write the address as -addr 0.0.0.0:9000", addr, err)
	}
}

// bannerInfo is what the startup banner tells.
type bannerInfo struct {
	photos  int
	source  string
	addr    *net.TCPAddr // where the server listens
	lan     []net.IP     // this computer's network addresses
	offline bool
}

// printBanner tells the student what is served, where to open it, which address to
// give the frontend partner, and how to stop.
func printBanner(w io.Writer, b bannerInfo) {
	port := b.addr.Port
	fmt.Fprintf(w, "Photo server: %d photos from %s.\n", b.photos, b.source)
	fmt.Fprintf(w, "  On this computer:       http://localhost:%d/photos\n", port)
	switch {
	case b.addr.IP.IsLoopback():
		fmt.Fprintf(w, "  Only this computer can connect: use -addr 0.0.0.0:%d so that your partner can too.\n", port)
	case !b.addr.IP.IsUnspecified():
		fmt.Fprintf(w, "  For your partner's page: http://%s/photos   <- give this address to your partner\n", b.addr)
	case len(b.lan) == 0:
		fmt.Fprintf(w, "  This computer has no network address: connect it to the network so that your partner can reach it.\n")
	default:
		for _, ip := range b.lan {
			fmt.Fprintf(w, "  For your partner's page: http://%s/photos   <- give this address to your partner\n", net.JoinHostPort(ip.String(), strconv.Itoa(port)))
		}
	}
	if b.offline {
		fmt.Fprintf(w, "Offline mode: each photo's url is a picture drawn by this server, such as http://localhost:%d/images/1.svg.\n", port)
	}
	fmt.Fprintf(w, "Each request is shown below. Press Ctrl+C to stop.\n")
}

// lanIPv4s lists this computer's IPv4 addresses that another computer can reach.
func lanIPv4s() []net.IP {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	var ips []net.IP
	for _, a := range addrs {
		n, ok := a.(*net.IPNet)
		if !ok {
			continue
		}
		if ip := n.IP.To4(); ip != nil && !ip.IsLoopback() && !ip.IsLinkLocalUnicast() {
			ips = append(ips, ip)
		}
	}
	return ips
}
