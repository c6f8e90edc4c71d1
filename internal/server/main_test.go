package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"photoserver/internal/catalog"
	"photoserver/internal/datafile"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/startwatch"
	"photoserver/internal/testkit"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-faker/faker/v4"
	"golang.org/x/text/message"
)

// TestMain stops the watch over package-level code that the server starts (package
// startwatch), then lets the tests run this very binary as the server: with
// PHOTO_SERVER_MAIN=1 it is Main, with the arguments after "--", serving the tests'
// sample photos (never what photos.go holds today).
func TestMain(m *testing.M) {
	startwatch.Stop() // this binary's package-level code has run, as in Main
	if os.Getenv("PHOTO_SERVER_MAIN") == "1" {
		for i, a := range os.Args {
			if a == "--" {
				os.Args = append([]string{os.Args[0]}, os.Args[i+1:]...)
				break
			}
		}
		Main(testkit.SamplePhotos, testkit.MadeUpPhoto)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Photo is written as the students' Photo is: the tests' own, not photos.go's.
type Photo = testkit.Photo

type syncBuffer = testkit.SyncBuffer

var (
	en           = lang.English
	languages    = testkit.Languages
	samplePhotos = testkit.SamplePhotos
	manyPhotos   = testkit.ManyPhotos
	madeUpPhoto  = testkit.MadeUpPhoto
	waitFor      = testkit.WaitFor
	envOf        = testkit.EnvOf
	saveInPlace  = testkit.SaveInPlace
)

// photosOf are the photos of c, as the tests' Photo values it holds.
func photosOf(c *catalog.Catalog) []Photo {
	list := make([]Photo, len(c.Photos()))
	for i := range c.Photos() {
		list[i] = testkit.PhotoOf(c.Photos()[i])
	}
	return list
}

// listOf is what c sends, read as the tests' photos.
func listOf(t testing.TB, c *catalog.Catalog) []Photo {
	t.Helper()
	var list []Photo
	if err := json.Unmarshal(c.List().Plain.Body, &list); err != nil {
		t.Fatal(err)
	}
	return list
}

// fileWithTitles is a data file of photos with these titles, as the server writes one.
func fileWithTitles(titles ...string) string {
	list := make([]Photo, len(titles))
	for i, title := range titles {
		list[i] = Photo{Title: title, URL: "https://e.org/" + title, Description: "Le paysage " + title, Keyword: "paysage"}
	}
	c, _ := newCatalog(list)
	return string(datafile.Body(c))
}

// english is the environment of an English terminal.
var english = envOf("LANG=C.UTF-8")

// codeOf is the students' code a test serves: list as photos.go, and madeUpPhoto as
// fake.go's fakePhoto, whatever those files hold today.
func codeOf(list []Photo) photo.Code { return testkit.Code(list, madeUpPhoto) }

// sampleCode serves samplePhotos.
var sampleCode = codeOf(samplePhotos)

// ownURL finds, in the banner, the address to open on this computer.
var ownURL = regexp.MustCompile(`http://(?:localhost|127\.0\.0\.1):(\d+)/photos`)

// fakeList makes n photos with go-faker, as -fake n -seed seed does.
func fakeList(t testing.TB, n int, seed int64) []Photo {
	t.Helper()
	return listOf(t, fakeCatalog(t, n, seed))
}

// name is how a failure points at a photo: its position, then its title.
func name(i int, p Photo) string { return lang.PhotoLabel(en, i, p.Title) }

// fetchPhotosFrom asks a running server for its list.
func fetchPhotosFrom(t *testing.T, base string) []Photo {
	t.Helper()
	resp, err := http.Get(base + "/photos")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list []Photo
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatal(err)
	}
	return list
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fakeCatalog is the catalog of -fake n -seed seed, with madeUpPhoto.
func fakeCatalog(t testing.TB, n int, seed int64) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Fake(context.Background(), testkit.Schema(), n, seed, testkit.MadeUp)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newCatalog numbers and encodes list as the server does photos.go's.
func newCatalog(list []Photo) (*catalog.Catalog, error) {
	return catalog.New(testkit.Schema(), testkit.Records(list))
}

// startRun starts run with args on a free port of 127.0.0.1, serving samplePhotos as
// the built-in list, and waits for /healthz. It returns the server's base URL, its
// output, and a stop function (Ctrl+C) that checks that run returned nil. The server
// is stopped when the test ends, whatever happens.
func startRun(t *testing.T, args ...string) (base string, stdout, stderr *syncBuffer, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, sampleCode, append([]string{"-addr", "127.0.0.1:0"}, args...), english, stdout, stderr)
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("run returned %v after Ctrl+C, want nil", err)
				}
			case <-time.After(10 * time.Second):
				t.Errorf("run did not stop within 10s of Ctrl+C")
			}
		})
	}
	t.Cleanup(stop)
	waitFor(t, "the banner", 20*time.Second, func() bool {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("run stopped at once: %v\n%s", err, stderr)
		default:
		}
		return ownURL.MatchString(stdout.String())
	})
	base = "http://127.0.0.1:" + ownURL.FindStringSubmatch(stdout.String())[1]
	waitFor(t, "GET /healthz", 5*time.Second, func() bool {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
	return base, stdout, stderr, stop
}

func TestRunServesThePhotosAndStops(t *testing.T) {
	base, stdout, _, stop := startRun(t)
	resp, err := http.Get(base + "/photos?_=1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("GET /photos answered %d with Access-Control-Allow-Origin %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
	}
	stop()
	out := stdout.String()
	for _, want := range []string{"4 photos from the built-in list in photos.go", "Ctrl+C", "127.0.0.1 GET /photos?_=1 200", "stopped."} {
		if !strings.Contains(out, want) {
			t.Errorf("the output does not say %q:\n%s", want, out)
		}
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("the server still answers after Ctrl+C")
	}
}

func TestAPhotoOfPhotosGoWithAnEmptyTextIsSaidAtTheStart(t *testing.T) {
	chiot := Photo{Title: "Chiot", URL: "https://e.org/1", Description: "Un chiot noir", Keyword: "chien"}
	code := codeOf([]Photo{chiot, {Title: "Carlin", URL: "https://e.org/2"}, chiot})
	for l, lang := range languages {
		ctx, cancel := context.WithCancel(context.Background())
		var stdout syncBuffer
		done := make(chan error, 1)
		go func() { done <- run(ctx, code, []string{"-addr", "127.0.0.1:0"}, lang.Env, &stdout, &syncBuffer{}) }()
		waitFor(t, "the banner", 10*time.Second, func() bool { return strings.Contains(stdout.String(), "Ctrl+C") })
		cancel()
		<-done
		want := [][]string{{`photo 2 ("Carlin") has no description: add Description: then, between quotes, what the picture shows`, `photo 2 ("Carlin") has no keyword`, `photo 3 ("Chiot") is the same as photo 1 ("Chiot"): change its texts, or remove it`},
			{`il manque le champ description à la photo 2 (« Carlin ») : ajoutez Description: puis, entre guillemets, ce que montre l'image`, `il manque le champ keyword à la photo 2`, `la photo 3 (« Chiot ») est la même que la photo 1 (« Chiot »)`}}[l]
		for _, w := range want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%s: the start does not say %q:\n%s", lang.Name, w, stdout.String())
			}
		}
		if strings.Contains(stdout.String(), "photo 1 (") && !strings.Contains(stdout.String(), "same as photo 1") && !strings.Contains(stdout.String(), "même que la photo 1") {
			t.Errorf("%s: a complete photo is warned about:\n%s", lang.Name, stdout.String())
		}
	}
}

func TestRunWithFakeAndSeed(t *testing.T) {
	base, stdout, _, _ := startRun(t, "-fake", "25", "-seed", "3")
	resp, err := http.Get(base + "/photos")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("X-Total-Count") != "25" {
		t.Errorf("-fake 25 serves %s photos", resp.Header.Get("X-Total-Count"))
	}
	if !strings.Contains(stdout.String(), "go-faker with seed 3") {
		t.Errorf("the banner does not name faker and the seed:\n%s", stdout)
	}
	_, stdout2, _, _ := startRun(t, "-fake", "5")
	if !regexp.MustCompile(`go-faker with seed \d+ \(go run \. -fake 5 -seed \d+`).MatchString(stdout2.String()) {
		t.Errorf("without -seed, the banner should print the seed chosen:\n%s", stdout2)
	}
}

func TestTheBannerGivesTheAddressesInBothLanguages(t *testing.T) {
	lan := []net.IP{net.ParseIP("192.168.1.23").To4(), net.ParseIP("10.0.0.5").To4()}
	tests := []struct {
		name      string
		addr      string
		lan       []net.IP
		want, not [2][]string // in English, in French
	}{
		{"every address: the partner gets the base address, Firefox the list", "0.0.0.0:9000", lan,
			[2][]string{
				{"Open them in Firefox on this computer: http://localhost:9000/photos\n", "Give your partner this address for their page: http://192.168.1.23:9000\n", "another network of this computer: http://10.0.0.5:9000)", "Ctrl+C"},
				{"Ouvrez-les dans Firefox sur cet ordinateur : http://localhost:9000/photos\n", "Donnez cette adresse à votre binôme pour sa page : http://192.168.1.23:9000\n", "http://10.0.0.5:9000)", "Ctrl+C"}},
			[2][]string{{"192.168.1.23:9000/photos"}, {"192.168.1.23:9000/photos"}}},
		{"every address, IPv6 too (-addr 9000)", "[::]:9000", lan[:1],
			[2][]string{{"http://localhost:9000/photos", "address for their page: http://192.168.1.23:9000\n"}, {"http://localhost:9000/photos", "pour sa page : http://192.168.1.23:9000\n"}}, [2][]string{}},
		{"no network", "0.0.0.0:9000", nil,
			[2][]string{{"no network address"}, {"aucune adresse réseau"}}, [2][]string{{"Give your partner"}, {"Donnez cette adresse"}}},
		{"loopback only: the exact address, and how to open it", "127.0.0.1:9001", lan,
			[2][]string{{"http://127.0.0.1:9001/photos", "Only this computer", "-addr 9001"}, {"http://127.0.0.1:9001/photos", "Seul cet ordinateur", "-addr 9001"}},
			[2][]string{{"192.168.1.23", "localhost"}, {"192.168.1.23", "localhost"}}},
		{"one chosen address: localhost would be refused", "192.168.1.23:9000", nil,
			[2][]string{{"on this computer: http://192.168.1.23:9000/photos", "for their page: http://192.168.1.23:9000\n"}, {"sur cet ordinateur : http://192.168.1.23:9000/photos", "pour sa page : http://192.168.1.23:9000\n"}},
			[2][]string{{"localhost"}, {"localhost"}}},
	}
	for _, tt := range tests {
		for l, lang := range languages {
			t.Run(tt.name+" "+lang.Name, func(t *testing.T) {
				addr, _ := net.ResolveTCPAddr("tcp", tt.addr)
				var buf bytes.Buffer
				printBanner(&buf, lang.P, bannerInfo{photos: 14, source: "photos.go", addr: addr, lan: tt.lan})
				for _, w := range tt.want[l] {
					if !strings.Contains(buf.String(), w) {
						t.Errorf("the banner does not say %q:\n%s", w, &buf)
					}
				}
				for _, w := range tt.not[l] {
					if strings.Contains(buf.String(), w) {
						t.Errorf("the banner says %q, and should not:\n%s", w, &buf)
					}
				}
			})
		}
	}
	var one bytes.Buffer
	printBanner(&one, en, bannerInfo{photos: 1, source: "photos.go", addr: &net.TCPAddr{IP: net.IPv4zero, Port: 9000}, offline: true})
	if !strings.Contains(one.String(), "Photo server: 1 photo from photos.go.") || !strings.Contains(one.String(), "http://localhost:9000/images/1.svg") {
		t.Errorf("one photo, offline: the banner says\n%s", &one)
	}
}

func TestOnlyReachableInterfacesAreOfferedToThePartner(t *testing.T) {
	ip := func(s string) net.IP { return net.ParseIP(s) }
	ifaces := []netInterface{
		{name: "lo", up: false, addrs: []net.IP{ip("127.0.0.1")}},
		{name: "docker0", up: true, addrs: []net.IP{ip("172.17.0.1")}},
		{name: "br-3f2a", up: true, addrs: []net.IP{ip("172.18.0.1")}},
		{name: "veth12ab", up: true, addrs: []net.IP{ip("169.254.3.4")}},
		{name: "virbr0", up: true, addrs: []net.IP{ip("192.168.122.1")}},
		{name: "eth1", up: false, addrs: []net.IP{ip("10.1.2.3")}},
		{name: "eth0", up: true, addrs: []net.IP{ip("10.0.0.5"), ip("fe80::1"), ip("169.254.9.9")}},
		{name: "wlan0", up: true, addrs: []net.IP{ip("192.168.1.23"), ip("2a01:e0a::1")}},
	}
	if got, want := fmtIPs(reachableAddresses(ifaces, ip("192.168.1.23"))), "[192.168.1.23 10.0.0.5]"; got != want {
		t.Errorf("offered %s, want %s: up, not loopback, link-local or a bridge, the default route's first", got, want)
	}
	if got := reachableAddresses(ifaces, nil); fmtIPs(got) != "[10.0.0.5 192.168.1.23]" {
		t.Errorf("with no default route, offered %v, want the interfaces' order", fmtIPs(got))
	}
}

func fmtIPs(ips []net.IP) string {
	s := make([]string, len(ips))
	for i, ip := range ips {
		s[i] = ip.String()
	}
	return "[" + strings.Join(s, " ") + "]"
}

func TestAPortInUseIsOneClearSentenceInBothLanguages(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := strings.TrimPrefix(ln.Addr().String(), "127.0.0.1:")
	for l, lang := range languages {
		err = run(context.Background(), sampleCode, []string{"-addr", ln.Addr().String()}, lang.Env, &syncBuffer{}, &syncBuffer{})
		want := []string{"port " + port + " is already in use", "-addr ", "type fg there first"}
		if l == 1 {
			want[0], want[2] = "le port "+port+" est déjà utilisé", "tapez d'abord fg"
		}
		said := sayErr(lang.P, err)
		if err == nil || strings.Contains(said, "\n") {
			t.Fatalf("%s: port in use gave %v, want one sentence", lang.Name, err)
		}
		for _, w := range want {
			if !strings.Contains(said, w) {
				t.Errorf("%s: %q does not say %q", lang.Name, said, w)
			}
		}
	}
}

func TestBadFlagsAreOneSentenceAndExit2(t *testing.T) {
	tests := []struct {
		args   []string
		en, fr string
	}{
		{[]string{"-fake", "0"}, "from 1 to 100000", "de 1 à 100000"},
		{[]string{"-fake", "100001"}, "from 1 to 100000", "de 1 à 100000"},
		{[]string{"-fake", "-5"}, "from 1 to 100000", "de 1 à 100000"},
		{[]string{"-fake", "beaucoup"}, "-fake must be a number of photos from 1 to 100000", "-fake doit être un nombre de photos de 1 à 100000"},
		{[]string{"-seed", "4"}, "-seed only works with -fake", "-seed ne marche qu'avec -fake"},
		{[]string{"-nope"}, "-nope is not a flag: run go run . -h to see the flags", "-nope n'est pas une option : lancez go run . -h pour voir les options"},
		{[]string{"-fak", "5"}, "-fak is not a flag: did you mean -fake?", "-fak n'est pas une option : vouliez-vous dire -fake ?"},
		{[]string{"--ofline"}, "did you mean -offline?", "vouliez-vous dire -offline ?"},
		{[]string{"-seed", "abc", "-fake", "2"}, "-seed must be a whole number", "-seed doit être un nombre entier"},
		{[]string{"-data"}, "-data must be followed by its value", "-data doit être suivi de sa valeur"},
		{[]string{"-addr", "99999"}, "port 99999 does not exist: a port is a number from 1 to 65535", "le port 99999 n'existe pas"},
		{[]string{"-addr", "http://localhost:9001"}, "without http://", "sans http://"},
		{[]string{"-offline=oui"}, "-offline is on or off: write -offline alone to turn it on", "-offline est activé ou non"},
		{[]string{"-addr", "localhost"}, "-addr localhost is not an address and a port", "-addr localhost n'est pas une adresse avec un port"},
		{[]string{"photos"}, "is not a flag", "n'est pas une option"},
		{[]string{"-data", "-offline"}, `-data must be followed by a file name, such as -data photos.json, not by "-offline"`, `-data doit être suivi d'un nom de fichier`},
		{[]string{"-addr", "-fake"}, "-addr must be followed by an address", "-addr doit être suivi d'une adresse"},
		{[]string{"-data", ""}, "-data must be followed by a file name", "-data doit être suivi d'un nom de fichier"},
	}
	for _, tt := range tests {
		for l, lang := range languages {
			t.Run(strings.Join(tt.args, " ")+" "+lang.Name, func(t *testing.T) {
				err := run(context.Background(), sampleCode, tt.args, lang.Env, &syncBuffer{}, &syncBuffer{})
				says, said := []string{tt.en, tt.fr}[l], sayErr(lang.P, err)
				if !errors.As(err, new(usageError)) || !strings.Contains(said, says) || strings.Contains(said, "\n") {
					t.Errorf("run %v = %q, want a usage error, one sentence saying %q", tt.args, said, says)
				}
			})
		}
	}
}

func TestDashHWritesTheHelpToStdoutInBothLanguages(t *testing.T) {
	for l, lang := range languages {
		var stdout, stderr syncBuffer
		if err := run(context.Background(), sampleCode, []string{"-h"}, lang.Env, &stdout, &stderr); err != nil {
			t.Errorf("-h returned %v, want nil (exit 0)", err)
		}
		want := [][]string{{"Examples:", "-fake 50 -seed 7", "-addr", "-data FILE"}, {"Exemples :", "-fake 50 -seed 7", "-addr", "-data FICHIER"}}[l]
		for _, w := range want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%s: -h does not show %q:\n%s", lang.Name, w, stdout.String())
			}
		}
		if stderr.String() != "" {
			t.Errorf("-h wrote to stderr: %q", stderr.String())
		}
	}
}

func TestAPortAloneMeansThatPortOnEveryAddress(t *testing.T) {
	for in, want := range map[string]string{"9000": ":9000", ":9000": ":9000", "0.0.0.0:9000": "0.0.0.0:9000", "127.0.0.1:9001": "127.0.0.1:9001", "[::1]:9000": "[::1]:9000"} {
		cfg, err := parseFlags(en, []string{"-addr", in}, io.Discard)
		if err != nil || cfg.addr != want {
			t.Errorf("-addr %s listens on %q (%v), want %q", in, cfg.addr, err, want)
		}
	}
}

// server starts this test binary as the real program, with args, and kills it when the
// test ends.
func server(t *testing.T, args ...string) (*exec.Cmd, *syncBuffer, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)
	// GORACE: a program built with -race waits a second before it exits; the tests time
	// the program, not the race detector.
	cmd.Env = append(os.Environ(), "PHOTO_SERVER_MAIN=1", "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=", "GORACE=atexit_sleep_ms=0")
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	return cmd, stdout, stderr
}

// exitCode waits for cmd to end, at most within, and returns its exit status.
func exitCode(t *testing.T, cmd *exec.Cmd, within time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(within):
		_ = cmd.Process.Kill()
		t.Fatalf("the program did not exit within %v", within)
		return -1
	}
}

func TestTheProgramsExitCodes(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"a bad flag exits 2", []string{"-fake", "0"}, 2},
		{"a port in use exits 1", []string{"-addr", ln.Addr().String()}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd, _, stderr := server(t, tt.args...)
			if code := exitCode(t, cmd, 20*time.Second); code != tt.code {
				t.Errorf("exit status %d, want %d", code, tt.code)
			}
			if lines := strings.Count(strings.TrimSpace(stderr.String()), "\n"); lines != 0 || strings.Contains(stderr.String(), "goroutine") {
				t.Errorf("stderr should be one sentence, got:\n%s", stderr)
			}
		})
	}
}

func TestCtrlCStopsTheProgramWithExit0(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no SIGINT to send to another process")
	}
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, stdout, stderr := server(t, "-addr", "127.0.0.1:0")
			waitFor(t, "the banner", 20*time.Second, func() bool { return strings.Contains(stdout.String(), "Ctrl+C") })
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := exitCode(t, cmd, 5*time.Second); code != 0 {
				t.Errorf("after %v the program exited with %d, want 0\n%s", sig, code, stderr)
			}
			if !strings.Contains(stdout.String(), "stopped.") {
				t.Errorf("the program did not say it stopped:\n%s", stdout)
			}
		})
	}
}

func TestTwoBuiltInPhotosWithOneIDStopTheStart(t *testing.T) {
	tests := []struct {
		list []Photo
		want [2]string
	}{
		{[]Photo{{Title: "Chiot", ID: 2}, {Title: "Carlin", ID: 2}}, [2]string{`in photos.go, photo 1 ("Chiot") and photo 2 ("Carlin") both have ID 2`, `dans photos.go, la photo 1 (« Chiot ») et la photo 2 (« Carlin ») ont toutes les deux l'ID 2`}},
		{[]Photo{{Title: "Chiot", ID: 2}, {Title: "Carlin"}}, [2]string{`in photos.go, photo 1 ("Chiot") is written with ID 2, the number that photo 2 ("Carlin") gets from its position`, `dans photos.go, la photo 1 (« Chiot ») est écrite avec l'ID 2, le numéro que la photo 2 (« Carlin ») reçoit de sa position`}},
	}
	for _, tt := range tests {
		for l, lang := range languages {
			err := run(context.Background(), codeOf(tt.list), []string{"-addr", "127.0.0.1:0"}, lang.Env, &syncBuffer{}, &syncBuffer{})
			if err == nil || !strings.Contains(sayErr(lang.P, err), tt.want[l]) {
				t.Errorf("%s: got %v, want an error saying %q", lang.Name, err, tt.want[l])
			}
		}
	}
}

func TestAFakePhotoWithAnIDIsRefusedWithWhatToDo(t *testing.T) {
	code := testkit.Code(nil, func(n int, seed int64) Photo { return Photo{ID: 1, Title: faker.Sentence()} })
	for l, lang := range languages {
		err := run(context.Background(), code, []string{"-addr", "127.0.0.1:0", "-fake", "5"}, lang.Env, &syncBuffer{}, &syncBuffer{})
		want := []string{`in fake.go, fakePhoto writes an ID (photo 2 ("`, `dans fake.go, fakePhoto écrit un ID (la photo 2 (« `}[l]
		if said := sayErr(lang.P, err); err == nil || !strings.Contains(said, want) || !strings.Contains(said, []string{"remove the ID", "enlevez l'ID"}[l]) {
			t.Errorf("%s: got %v, want %q and what to do", lang.Name, err, want)
		}
	}
}

// newCatalogOf numbers and encodes the list of code.
func newCatalogOf(t testing.TB, code photo.Code) (*catalog.Catalog, error) {
	t.Helper()
	c, err := catalog.New(code.Schema, code.List())
	if err != nil {
		t.Fatal(err)
	}
	return c, nil
}

// handlerOf serves c through the real handler.
func handlerOf(c *catalog.Catalog, offline bool) http.Handler {
	var st catalog.Store
	st.Replace(c)
	return newHandler(&st, newRequestLog(io.Discard, en), serveOptions{offline: offline})
}

// getBody GETs url and returns its body.
func getBody(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func TestTextsThatSayNothingAndURLsThePageCannotShowAreSaidAtStart(t *testing.T) {
	code := codeOf([]Photo{
		{Title: "Chiot", URL: "https://e.org/1", Description: "...", Keyword: "chien"},
		{Title: "Chat", URL: "chat.jpg", Description: "Un chat gris.", Keyword: "x"},
	})
	for l, lang := range languages {
		ctx, cancel := context.WithCancel(context.Background())
		var stdout syncBuffer
		done := make(chan error, 1)
		go func() { done <- run(ctx, code, []string{"-addr", "127.0.0.1:0"}, lang.Env, &stdout, &syncBuffer{}) }()
		waitFor(t, "the banner", 10*time.Second, func() bool { return strings.Contains(stdout.String(), "Ctrl+C") })
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		for _, want := range [][]string{
			{`warning: photos.go: the description of photo 1 ("Chiot"), "...", says nothing`, `warning: photos.go: the keyword of photo 2 ("Chat"), "x", says nothing`, `warning: photos.go: the url of photo 2 ("Chat"), "chat.jpg", names a picture of the images folder, which has none: put chat.jpg in the folder images, next to photos.go`},
			{`attention : photos.go : le champ description de la photo 1 (« Chiot »), « ... », ne dit rien`, `attention : photos.go : le champ keyword de la photo 2 (« Chat »), « x », ne dit rien`, `attention : photos.go : l'url de la photo 2 (« Chat »), « chat.jpg », nomme une image du dossier images, qui n'en contient aucune`},
		}[l] {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("%s: the start does not say %q:\n%s", lang.Name, want, stdout.String())
			}
		}
	}
}

func TestCtrlCDuringTheProgressLineStopsOnALineOfItsOwn(t *testing.T) {
	slow := testkit.Code(samplePhotos, func(n int, seed int64) Photo {
		if n == 1 {
			time.Sleep(progressAfter) // a fakePhoto that takes a second: the progress line shows (the time is the subject)
		}
		return madeUpPhoto(n, seed)
	})
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, slow, []string{"-addr", "127.0.0.1:0", "-fake", "100000"}, english, &stdout, &stderr)
	}()
	waitFor(t, "the progress line", 20*time.Second, func() bool { return strings.Contains(stderr.String(), "making photos with faker") })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if out := stderr.String(); !strings.HasSuffix(out, "\n") {
		t.Errorf("after Ctrl+C the progress line is left open, so the stop message would follow it on the same line: %q", out[max(0, len(out)-80):])
	}
	if !strings.Contains(stdout.String(), "stopped.") {
		t.Errorf("Ctrl+C is not said:\n%s", stdout.String())
	}
}

func TestAFlagMistakeInAWordingWeDoNotKnowStillGetsASentence(t *testing.T) {
	newFlags := func() *flag.FlagSet {
		fs := flag.NewFlagSet("photo-server", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Int("fake", 0, "")
		fs.Bool("offline", false, "")
		return fs
	}
	// A mistake that none of the sentences covers keeps the flag package's words,
	// whatever they are, in a sentence that says what to do.
	for l, lang := range languages {
		fs, args := newFlags(), []string{"---fake"}
		if fs.Parse(args) == nil {
			t.Fatalf("the flag package takes %v", args)
		}
		err := flagError(fs, args, errors.New("a message the flag package may write one day"))
		want := []string{"the command line is not understood (a message the flag package may write one day): run go run . -h to see the flags",
			"la ligne de commande n'est pas comprise (a message the flag package may write one day) : lancez go run . -h pour voir les options"}[l]
		if !errors.As(err, new(usageError)) || sayErr(lang.P, err) != want {
			t.Errorf("%s: got %q, want %q", lang.Name, sayErr(lang.P, err), want)
		}
	}
	// The other mistakes are found from where the flag package stopped, whatever its wording.
	for args, want := range map[string]string{
		"-fak 5":          "-fak is not a flag: did you mean -fake?",
		"-fake x":         "-fake must be a number of photos",
		"-offline=oui":    "-offline is on or off",
		"-offline -fake":  "-fake must be followed by its value",
		"-fake 3 --nope=": "-nope is not a flag",
	} {
		fs := newFlags()
		if fs.Parse(strings.Fields(args)) == nil {
			t.Fatalf("the flag package takes %s", args)
		}
		err := flagError(fs, strings.Fields(args), errors.New("something else"))
		if !strings.Contains(sayErr(en, err), want) {
			t.Errorf("%s with another wording: got %q, want %q", args, sayErr(en, err), want)
		}
	}
}

// sayErr is err as the program says it, in p's language.
func sayErr(p *message.Printer, err error) string { return lang.Say(p, err) }
