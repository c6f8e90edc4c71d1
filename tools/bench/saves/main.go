//go:build unix

// Command saves measures the server following its own code (issues 19 and 24): in a
// copy of the project, run with go run ., it saves photos.go again and again (a photo
// added each time) and measures the time from each save to the new photos being
// served, beside the time a plain go build of the whole server takes after the same
// edit in a second copy (turn by turn, medians). Meanwhile 4 clients read /photos without pause: every answer
// must be a 200 holding a whole version (as many photos as X-Total-Count says); an
// answer from an older version after a reader has seen a newer one is counted apart.
// Run it from the project's root:
//
//	go run ./tools/bench/saves [-saves 20]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	saves := flag.Int("saves", 20, "how many saves of photos.go to measure")
	flag.Parse()
	if err := run(*saves); err != nil {
		fmt.Fprintln(os.Stderr, "saves:", err)
		os.Exit(1)
	}
}

func run(saves int) error {
	served, built := tempCopy(), tempCopy()
	defer os.RemoveAll(served)
	defer os.RemoveAll(built)
	if out, err := goCmd(built, "build", "-o", os.DevNull, ".").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	port := freePort()
	cmd := goCmd(served, "run", ".", "-addr", "127.0.0.1:"+strconv.Itoa(port))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var log strings.Builder
	var logMu sync.Mutex
	cmd.Stdout = writerFunc(func(b []byte) (int, error) { logMu.Lock(); defer logMu.Unlock(); return log.Write(b) })
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGINT); _ = cmd.Wait() }()
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	if !waitUntil(5*time.Minute, func() bool { n, err := count(base); return err == nil && n > 0 }) {
		return errors.New("the server did not start")
	}

	// Four readers, without pause, during every save.
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var answers, failures, older atomic.Int64
	var firstFailure, firstOlder atomic.Value
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen := 0
			for ctx.Err() == nil {
				n, err := wholeVersion(base)
				switch {
				case err != nil:
					failures.Add(1)
					firstFailure.CompareAndSwap(nil, err.Error())
				case n < seen:
					older.Add(1)
					firstOlder.CompareAndSwap(nil, fmt.Sprintf("%d photos after %d", n, seen))
				default:
					seen = n
				}
				answers.Add(1)
			}
		}()
	}

	var toServed, toBuilt []time.Duration
	for i := 1; i <= saves; i++ {
		before, _ := count(base)
		if err := addPhoto(built, i); err != nil {
			return err
		}
		buildPlain := func() error {
			began := time.Now()
			if out, err := goCmd(built, "build", "-o", os.DevNull, ".").CombinedOutput(); err != nil {
				return fmt.Errorf("go build: %v\n%s", err, out)
			}
			toBuilt = append(toBuilt, time.Since(began))
			return nil
		}
		if i%2 == 0 { // the two take turns to go first
			if err := buildPlain(); err != nil {
				return err
			}
		}
		if err := addPhoto(served, i); err != nil { // the save the server sees: now
			return err
		}
		saved := time.Now()
		if !waitUntil(2*time.Minute, func() bool { n, err := count(base); return err == nil && n == before+1 }) {
			logMu.Lock()
			defer logMu.Unlock()
			return fmt.Errorf("save %d was not served within 2 minutes:\n%s", i, log.String())
		}
		toServed = append(toServed, time.Since(saved))
		if i%2 == 1 {
			if err := buildPlain(); err != nil {
				return err
			}
		}
		fmt.Printf("save %2d: served after %5.2f s; a plain go build of the same edit: %5.2f s\n", i, toServed[i-1].Seconds(), toBuilt[i-1].Seconds())
	}
	stop()
	wg.Wait()
	ms, mb := median(toServed), median(toBuilt)
	fmt.Printf("median from a save to its photos served: %.2f s; median of a plain go build: %.2f s; ratio %.2f\n", ms.Seconds(), mb.Seconds(), ms.Seconds()/mb.Seconds())
	fmt.Printf("4 readers during %d saves: %d answers, %d failed or not a whole version", saves, answers.Load(), failures.Load())
	if f := firstFailure.Load(); f != nil {
		fmt.Printf(" (the first: %s)", f)
	}
	fmt.Printf("; %d from an older version after a reader had seen a newer one", older.Load())
	if f := firstOlder.Load(); f != nil {
		fmt.Printf(" (the first: %s)", f)
	}
	fmt.Println()
	return nil
}

// wholeVersion gets /photos and returns how many photos it holds, or why the answer is
// not a whole version.
func wholeVersion(base string) (int, error) {
	resp, err := http.Get(base + "/photos")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var list []json.RawMessage
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("status %d", resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		return 0, fmt.Errorf("a broken answer: %v", err)
	}
	if total, _ := strconv.Atoi(resp.Header.Get("X-Total-Count")); total != len(list) {
		return 0, fmt.Errorf("%d photos in an answer that says %d", len(list), total)
	}
	return len(list), nil
}

// count is how many photos the server serves, from /healthz.
func count(base string) (int, error) {
	resp, err := http.Get(base + "/healthz")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var h struct{ Photos int }
	err = json.NewDecoder(resp.Body).Decode(&h)
	return h.Photos, err
}

// addPhoto adds photo number i at the end of the list of dir's photos.go.
func addPhoto(dir string, i int) error {
	path := filepath.Join(dir, "photos.go")
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(b)
	end := strings.LastIndex(s, "\n}")
	line := fmt.Sprintf("\n\t{Title: \"Ajoutée %d\", URL: \"https://picsum.photos/id/%d/640/480\", Description: \"Une photo ajoutée pendant la mesure.\", Keyword: \"mesure\"},", i, i)
	return os.WriteFile(path, []byte(s[:end]+line+s[end:]), 0o644)
}

// tempCopy copies the project's files that git knows into a new folder.
func tempCopy() string {
	dir, err := os.MkdirTemp("", "saves-")
	if err != nil {
		panic(err)
	}
	out, err := exec.Command("git", "ls-files", "-z").Output()
	if err != nil {
		panic(fmt.Sprintf("git ls-files: %v: run this from the project's root", err))
	}
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		_ = os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		_ = os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	return dir
}

func goCmd(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=vendor", "LANG=C.UTF-8")
	return cmd
}

func freePort() int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

func waitUntil(within time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return true
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(b []byte) (int, error) { return f(b) }
