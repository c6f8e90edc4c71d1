//go:build integration && !windows

package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"os"
	"os/exec"
	"path/filepath"
	"photoserver/internal/catalog"
	"photoserver/internal/datafile"
	"photoserver/internal/lang"
	"photoserver/internal/testkit"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Live tests: the running server with a data file, event streams, large files. They
// take seconds, so they run with -tags integration (make test, CI), not in go test.

// skipUnderRace skips a test that measures the real speed of a large piece of work.
func skipUnderRace(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector makes this large work many times slower: this test runs without -race (.ci/run runs it so)")
	}
}

func TestTheLargestFakeListFitsInADataFile(t *testing.T) {
	skipUnderRace(t)
	c := fakeCatalog(t, catalog.MaxFake, 1)
	if n := len(datafile.Body(c)); n > datafile.MaxSize*9/10 {
		t.Errorf("-fake %d writes a data file of %d bytes: too near the limit of %d that the server reads", catalog.MaxFake, n, datafile.MaxSize)
	}
}

func TestAStreamOutlivesTheServersTimeouts(t *testing.T) {
	var st catalog.Store
	st.Replace(catalogOf(t, "un"))
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = newHTTPServer(newHandler(&st, newRequestLog(io.Discard, en), serveOptions{keepAliveEvery: time.Hour}), newRequestLog(io.Discard, en))
	srv.Config.ReadTimeout, srv.Config.WriteTimeout = 200*time.Millisecond, 300*time.Millisecond // the real ones, shortened
	srv.Start()
	t.Cleanup(srv.Close)
	events, _ := openEvents(t, srv.URL)
	events.next("data:", time.Second)
	for i, titles := range [][]string{{"un", "deux"}, {"un", "deux", "trois"}} {
		time.Sleep(srv.Config.WriteTimeout * 2) // wait past both timeouts: the time is the subject here
		st.Replace(catalogOf(t, titles...))
		if n, _ := photosEventOf(t, events.next("data:", time.Second)); n != len(titles) {
			t.Errorf("event %d after the timeouts says %d photos, want %d", i+2, n, len(titles))
		}
	}
	resp, err := http.Get(srv.URL + "/photos")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}

// smallBuffers is a listener whose connections have a send buffer of a few kB, so that a
// client that does not read fills it at once.
type smallBuffers struct{ net.Listener }

func (l smallBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetWriteBuffer(2048)
	}
	return c, err
}

func TestAStreamThatStopsReadingIsDroppedWithoutDelayingTheOthers(t *testing.T) {
	var st catalog.Store
	st.Replace(catalogOf(t, "x"))
	srv := httptest.NewUnstartedServer(newHandler(&st, newRequestLog(io.Discard, en), serveOptions{streamWriteTimeout: 300 * time.Millisecond}))
	srv.Listener = smallBuffers{srv.Listener}
	srv.Start()
	t.Cleanup(srv.Close)

	small := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error { // before it connects, so that its window is small
		return c.Control(func(fd uintptr) { _ = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 2048) })
	}}
	stuck, err := small.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	_, _ = stuck.Write([]byte("GET /events HTTP/1.1\r\nHost: x\r\n\r\n")) // and never reads
	reader, _ := openEvents(t, srv.URL)
	reader.next("data:", time.Second)
	var slowest time.Duration
	for i := range 1000 {
		st.Replace(catalogOf(t, strings.Repeat("x", i+2)))
		changed := time.Now()
		reader.next("data:", time.Second)
		slowest = max(slowest, time.Since(changed))
	}
	t.Logf("the reading stream got each of 1000 changes within %v", slowest.Round(time.Millisecond))
	_ = stuck.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.Copy(io.Discard, stuck); err != nil {
		t.Errorf("the stream that stopped reading was not dropped (%v)", err)
	}
}

func TestASavedChangeIsServedWithinASecondWithoutRestart(t *testing.T) {
	for _, save := range []struct {
		name string
		save func(testing.TB, string, string)
	}{{"saved in place", saveInPlace}, {"saved by rename", testkit.SaveByRename}} {
		t.Run(save.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "photos.json")
			saveInPlace(t, path, fileWithTitles("un", "deux"))
			base, stdout, _, _ := startRun(t, "-data", path)
			var reused []bool
			client := &http.Client{}
			trace := func(r *http.Request) *http.Request {
				return r.WithContext(httptrace.WithClientTrace(r.Context(), &httptrace.ClientTrace{
					GotConn: func(info httptrace.GotConnInfo) { reused = append(reused, info.Reused) },
				}))
			}
			get := func() string {
				req, _ := http.NewRequest("GET", base+"/photos", nil)
				resp, err := client.Do(trace(req))
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				return string(b)
			}
			if !strings.Contains(get(), `"title": "deux"`) {
				t.Fatalf("the file's photos are not served")
			}
			save.save(t, path, fileWithTitles("un", "deux", "trois"))
			saved := time.Now()
			waitFor(t, "the new photo served", time.Second, func() bool { return strings.Contains(get(), `"title": "trois"`) })
			t.Logf("served %v after the save", time.Since(saved).Round(time.Millisecond))
			if !strings.Contains(stdout.String(), "reloaded: 3 photos from "+path) {
				t.Errorf("the log does not say reloaded: 3 photos:\n%s", stdout)
			}
			for i, r := range reused[1:] {
				if !r {
					t.Errorf("request %d opened a new connection: the reload closed the open one", i+2)
				}
			}
		})
	}
}

func TestAHalfWrittenSaveNeverReachesThePartner(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	base, stdout, _, _ := startRun(t, "-data", path)
	next := fileWithTitles("un", "deux", "trois")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(next[:len(next)/2]); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the log saying the file is broken", 2*time.Second, func() bool { return strings.Contains(stdout.String(), "ends too early") })
	if got := fmt.Sprint(titlesAt(t, base)); got != "[un deux]" {
		t.Errorf("while the file is half written the server sends %s, want the last good photos [un deux]", got)
	}
	if _, err := f.WriteString(next[len(next)/2:]); err != nil {
		t.Fatal(err)
	}
	f.Close()
	waitFor(t, "the whole save served", time.Second, func() bool { return fmt.Sprint(titlesAt(t, base)) == "[un deux trois]" })
}

// listening waits until the program listens on addr: it listens before it makes or
// reads the photos, so that a port in use is said at once.
func listening(t *testing.T, addr string) {
	t.Helper()
	waitFor(t, "the program to listen on "+addr, 20*time.Second, func() bool {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
}

// interrupt sends Ctrl+C to the program and checks that it exits 0 within a second.
func interrupt(t *testing.T, cmd *exec.Cmd, stderr *syncBuffer, while string) {
	t.Helper()
	sent := time.Now() // this file is not built for Windows, which has no SIGINT to send to another process
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	code := exitCode(t, cmd, 10*time.Second)
	took := time.Since(sent)
	t.Logf("Ctrl+C %s: exit %d after %v", while, code, took.Round(time.Millisecond))
	if code != 0 || took > time.Second {
		t.Errorf("Ctrl+C %s: exit %d after %v, want 0 within a second\n%s", while, code, took, stderr)
	}
}

func TestCtrlCIsObeyedWhileFakerMakesPhotos(t *testing.T) {
	skipUnderRace(t) // 100000 photos, each written and read back as the students' program does
	addr := "127.0.0.1:" + strconv.Itoa(freePort(t))
	cmd, stdout, stderr := server(t, "-addr", addr, "-fake", strconv.Itoa(catalog.MaxFake), "-seed", "1")
	listening(t, addr)
	interrupt(t, cmd, stderr, "while go-faker makes 100000 photos")
	if strings.Contains(stdout.String(), "Photo server:") {
		t.Errorf("the photos were all made before Ctrl+C: the test did not interrupt go-faker")
	}
}

// bigFile writes a data file of about 30 MB and returns its path and content.
func bigFile(t *testing.T) (string, string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("[\n")
	for i, ph := range manyPhotos(150000) {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, "  {\n    \"url\": %q,\n    \"title\": %q,\n    \"description\": %q,\n    \"keyword\": %q\n  }", ph.URL, ph.Title, ph.Description, ph.Keyword)
	}
	b.WriteString("\n]\n")
	content := b.String()
	path := filepath.Join(t.TempDir(), "big.json")
	saveInPlace(t, path, content)
	t.Logf("a data file of %s", lang.Size(en, int64(len(content))))
	return path, content
}

func TestCtrlCIsObeyedWhileALargeFileIsRead(t *testing.T) {
	skipUnderRace(t)
	path, content := bigFile(t)
	t.Run("at the start", func(t *testing.T) {
		addr := "127.0.0.1:" + strconv.Itoa(freePort(t))
		cmd, _, stderr := server(t, "-addr", addr, "-data", path)
		listening(t, addr)
		interrupt(t, cmd, stderr, "while the file is read at the start")
	})
	t.Run("while it reloads", func(t *testing.T) {
		cmd, stdout, stderr := server(t, "-addr", "127.0.0.1:0", "-data", path)
		waitFor(t, "the banner", 30*time.Second, func() bool { return strings.Contains(stdout.String(), "Ctrl+C") })
		before, measured := processorTime(cmd.Process.Pid)
		saveInPlace(t, path, strings.Replace(content, "Photo 1 :", "PHOTO 1 :", 1))
		// The reload reads and decodes 30 MB, a second or more of work, where the server
		// waiting for a save works next to nothing: once it has worked a tenth of a
		// second since the save, the reload is under way.
		if measured {
			waitFor(t, "the reload to begin", 20*time.Second, func() bool {
				now, _ := processorTime(cmd.Process.Pid)
				return now-before >= 100*time.Millisecond
			})
		} else { // no /proc (macOS): one look after the save (PollInterval), it has begun
			time.Sleep(datafile.PollInterval + 50*time.Millisecond)
		}
		interrupt(t, cmd, stderr, "while the file reloads")
		if measured && strings.Contains(stdout.String(), "reloaded") {
			t.Errorf("the reload ended before Ctrl+C: the test did not interrupt it")
		}
	})
}

// processorTime is the processor time that process pid has used so far, read from
// /proc (Linux), and whether it could be read there.
func processorTime(pid int) (time.Duration, bool) {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, false
	}
	// pid (comm) state ppid ...: utime and stime are the 12th and 13th fields after
	// the command's name, which may hold spaces but ends at the last ')'.
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	if len(fields) < 13 {
		return 0, false
	}
	user, err1 := strconv.ParseInt(fields[11], 10, 64)
	system, err2 := strconv.ParseInt(fields[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	const tick = 10 * time.Millisecond // USER_HZ, 100 on every Linux the tests run on
	return time.Duration(user+system) * tick, true
}

func TestALargeFileStartsAndReloadsWithinSeconds(t *testing.T) {
	skipUnderRace(t)
	path, content := bigFile(t)
	began := time.Now()
	base, stdout, _, _ := startRun(t, "-data", path)
	t.Logf("started and answered after %v", time.Since(began).Round(time.Millisecond))
	saveInPlace(t, path, strings.Replace(content, "Photo 1 :", "PHOTO 1 :", 1))
	saved := time.Now()
	waitFor(t, "the reload", 20*time.Second, func() bool { return strings.Contains(stdout.String(), "reloaded: 150,000 photos") })
	t.Logf("the save was served %v after it", time.Since(saved).Round(time.Millisecond))
	if first := fetchPhotosFrom(t, base)[0].Title; !strings.HasPrefix(first, "PHOTO 1 :") {
		t.Errorf("after the reload the first photo is %q", first)
	}
}

func TestCtrlCWhileALargeDataFileIsCreatedLeavesNoHiddenFile(t *testing.T) {
	skipUnderRace(t)
	for attempt := 1; ; attempt++ {
		dir := t.TempDir()
		path := filepath.Join(dir, "photos.json")
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			done <- run(ctx, sampleCode, []string{"-addr", "127.0.0.1:0", "-fake", "100000", "-seed", "1", "-data", path}, english, io.Discard, io.Discard)
		}()
		caught := false
		begun := testkit.Eventually(time.Minute, time.Millisecond, func() bool {
			entries, _ := os.ReadDir(dir)
			if len(entries) > 0 { // the hidden file being written, or already the data file
				caught = strings.HasPrefix(entries[0].Name(), ".photos-")
			}
			return len(entries) > 0
		})
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if !begun {
			t.Fatalf("-fake 100000 -data %s began no file within a minute", path)
		}
		left, _ := os.ReadDir(dir)
		for _, e := range left {
			if strings.HasPrefix(e.Name(), ".photos-") {
				t.Fatalf("Ctrl+C while %s was created left %s behind", path, e.Name())
			}
		}
		if caught {
			return
		}
		if attempt == 5 {
			t.Skip("Ctrl+C never came while the file was being written, in 5 attempts: this machine writes too fast to test it")
		}
	}
}
