package main

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the tests run this very binary as the server: with
// PHOTO_SERVER_MAIN=1 it is main, with the arguments after "--".
func TestMain(m *testing.M) {
	if os.Getenv("PHOTO_SERVER_MAIN") == "1" {
		for i, a := range os.Args {
			if a == "--" {
				os.Args = append([]string{os.Args[0]}, os.Args[i+1:]...)
				break
			}
		}
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// syncBuffer is a bytes.Buffer that the server and the test can use at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var localURL = regexp.MustCompile(`http://localhost:(\d+)/photos`)

// waitFor polls until cond holds, or fails the test after the deadline.
func waitFor(t testing.TB, what string, within time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s did not happen within %v", what, within)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// startRun starts run with args on a free port of 127.0.0.1 and waits for /healthz.
// It returns the server's base URL, its output, and a stop function that checks
// that run returned nil.
func startRun(t *testing.T, args ...string) (base string, stdout, stderr *syncBuffer, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), stdout, stderr) }()
	waitFor(t, "the banner", 20*time.Second, func() bool {
		select {
		case err := <-done:
			t.Fatalf("run stopped at once: %v\n%s", err, stderr)
		default:
		}
		return localURL.MatchString(stdout.String())
	})
	base = "http://127.0.0.1:" + localURL.FindStringSubmatch(stdout.String())[1]
	waitFor(t, "GET /healthz", 5*time.Second, func() bool {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
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
	for _, want := range []string{"14 photos from the built-in list in photos.go", "Ctrl+C", "127.0.0.1 GET /photos?_=1 200"} {
		if !strings.Contains(out, want) {
			t.Errorf("the output does not say %q:\n%s", want, out)
		}
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("the server still answers after Ctrl+C")
	}
}

func TestRunWithFakeAndSeed(t *testing.T) {
	base, stdout, _, _ := startRun(t, "-fake", "25", "-seed", "3")
	resp, err := http.Get(base + "/photos")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
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

func TestTheBannerGivesTheAddressForThePartner(t *testing.T) {
	tests := []struct {
		name      string
		addr      string
		lan       []net.IP
		want, not []string
	}{
		{"every network address", "0.0.0.0:9000", []net.IP{net.ParseIP("192.168.1.23"), net.ParseIP("10.0.0.5")},
			[]string{"http://localhost:9000/photos", "http://192.168.1.23:9000/photos   <- give this address to your partner", "http://10.0.0.5:9000/photos", "Ctrl+C"}, nil},
		{"no network", "0.0.0.0:9000", nil, []string{"no network address"}, []string{"give this address"}},
		{"loopback only", "127.0.0.1:9001", []net.IP{net.ParseIP("192.168.1.23")}, []string{"Only this computer", "-addr 0.0.0.0:9001"}, []string{"192.168.1.23"}},
		{"one chosen address", "192.168.1.23:9000", nil, []string{"http://192.168.1.23:9000/photos   <- give"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr, _ := net.ResolveTCPAddr("tcp", tt.addr)
			var buf bytes.Buffer
			printBanner(&buf, bannerInfo{photos: 14, source: "the built-in list in photos.go", addr: addr, lan: tt.lan})
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("the banner does not say %q:\n%s", w, &buf)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(buf.String(), w) {
					t.Errorf("the banner says %q, and should not:\n%s", w, &buf)
				}
			}
		})
	}
}

func TestTheBannerListsThisComputersNetworkAddresses(t *testing.T) {
	lan := lanIPv4s()
	if len(lan) == 0 {
		t.Skip("this computer has no network address besides loopback, so there is none to list")
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stdout syncBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-addr", "0.0.0.0:0"}, &stdout, &syncBuffer{}) }()
	waitFor(t, "the banner", 10*time.Second, func() bool { return strings.Contains(stdout.String(), "Ctrl+C") })
	cancel()
	<-done
	for _, ip := range lan {
		if !strings.Contains(stdout.String(), "http://"+ip.String()+":") {
			t.Errorf("the banner does not give the address %s:\n%s", ip, stdout.String())
		}
	}
}

func TestAPortInUseIsOneClearSentence(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	err = run(context.Background(), []string{"-addr", ln.Addr().String()}, &syncBuffer{}, &syncBuffer{})
	port := ln.Addr().(*net.TCPAddr).Port
	if err == nil || !strings.Contains(err.Error(), "already in use") || !strings.Contains(err.Error(), "-addr") || strings.Contains(err.Error(), "\n") {
		t.Errorf("port %d in use: got %v, want one sentence saying the port is in use and how to pick another with -addr", port, err)
	}
}

func TestBadFlagsAreOneSentenceAndExit2(t *testing.T) {
	tests := []struct {
		args []string
		says string
	}{
		{[]string{"-fake", "0"}, "from 1 to 100000"},
		{[]string{"-fake", "100001"}, "from 1 to 100000"},
		{[]string{"-fake", "-5"}, "from 1 to 100000"},
		{[]string{"-fake", "beaucoup"}, "go run . -h"},
		{[]string{"-seed", "4"}, "-seed only works with -fake"},
		{[]string{"-nope"}, "go run . -h"},
		{[]string{"photos"}, "is not a flag"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			err := run(context.Background(), tt.args, &syncBuffer{}, &syncBuffer{})
			if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("run %v = %v, want a usage error saying %q", tt.args, err, tt.says)
			}
		})
	}
	var stderr syncBuffer
	if err := run(context.Background(), []string{"-h"}, &syncBuffer{}, &stderr); err != nil {
		t.Errorf("-h returned %v, want nil", err)
	}
	for _, want := range []string{"Examples:", "-fake 50 -seed 7", "-addr"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("-h does not show %q:\n%s", want, stderr.String())
		}
	}
}

// server starts this test binary as the real program, with args.
func server(t *testing.T, args ...string) (*exec.Cmd, *syncBuffer, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "PHOTO_SERVER_MAIN=1")
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return cmd, stdout, stderr
}

func exitCode(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	err := cmd.Wait()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
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
			if code := exitCode(t, cmd); code != tt.code {
				t.Errorf("exit status %d, want %d", code, tt.code)
			}
			if lines := strings.Count(strings.TrimSpace(stderr.String()), "\n"); lines != 0 || strings.Contains(stderr.String(), "goroutine") {
				t.Errorf("stderr should be one sentence, got:\n%s", stderr)
			}
		})
	}
}

func TestCtrlCStopsTheProgramWithExit0(t *testing.T) {
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, stdout, stderr := server(t, "-addr", "127.0.0.1:0")
			waitFor(t, "the banner", 20*time.Second, func() bool { return strings.Contains(stdout.String(), "Ctrl+C") })
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := exitCode(t, cmd); code != 0 {
				t.Errorf("after %v the program exited with %d, want 0\n%s", sig, code, stderr)
			}
			if !strings.Contains(stdout.String(), "stopped.") {
				t.Errorf("the program did not say it stopped:\n%s", stdout)
			}
		})
	}
}

func TestTwoBuiltInPhotosWithOneIDStopTheStart(t *testing.T) {
	defer func(saved []Photo) { photos = saved }(photos)
	photos = []Photo{{Title: "Chiot", ID: 2}, {Title: "Carlin"}}
	err := run(context.Background(), []string{"-addr", "127.0.0.1:0"}, &syncBuffer{}, &syncBuffer{})
	if err == nil || !strings.Contains(err.Error(), `photo 1 ("Chiot") and photo 2 ("Carlin") both have id 2`) {
		t.Errorf("got %v, want an error naming both photos", err)
	}
}
