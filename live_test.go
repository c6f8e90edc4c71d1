//go:build integration

package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Live tests: the running server with a data file, event streams, large files. They
// take seconds, so they run with -tags integration (make test, CI), not in go test.

func TestTheLargestFakeListFitsInADataFile(t *testing.T) {
	c := fakeCatalog(t, maxFake, 1)
	if n := len(fileBody(c)); n > maxDataFile*9/10 {
		t.Errorf("-fake %d writes a data file of %d bytes: too near the limit of %d that the server reads", maxFake, n, maxDataFile)
	}
}

func TestAStreamOutlivesTheServersTimeouts(t *testing.T) {
	defer func(d time.Duration) { keepAliveEvery = d }(keepAliveEvery)
	keepAliveEvery = time.Hour
	var st store
	st.replace(catalogOf(t, "un"))
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = newHTTPServer(newHandler(&st, newRequestLog(io.Discard, en), serveOptions{}), newRequestLog(io.Discard, en))
	srv.Config.ReadTimeout, srv.Config.WriteTimeout = 200*time.Millisecond, 300*time.Millisecond // the real ones, shortened
	srv.Start()
	t.Cleanup(srv.Close)
	events, _ := openEvents(t, srv.URL)
	events.next("data:", time.Second)
	for i, titles := range [][]string{{"un", "deux"}, {"un", "deux", "trois"}} {
		time.Sleep(srv.Config.WriteTimeout * 2) // wait past both timeouts: the time is the subject here
		st.replace(catalogOf(t, titles...))
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
	defer func(d time.Duration) { streamWriteTimeout = d }(streamWriteTimeout)
	streamWriteTimeout = 300 * time.Millisecond
	var st store
	st.replace(catalogOf(t, "x"))
	srv := httptest.NewUnstartedServer(newHandler(&st, newRequestLog(io.Discard, en), serveOptions{}))
	srv.Listener = smallBuffers{srv.Listener}
	srv.Start()
	t.Cleanup(srv.Close)

	stuck, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	_ = stuck.(*net.TCPConn).SetReadBuffer(2048)
	_, _ = stuck.Write([]byte("GET /events HTTP/1.1\r\nHost: x\r\n\r\n")) // and never reads
	reader, _ := openEvents(t, srv.URL)
	reader.next("data:", time.Second)
	var slowest time.Duration
	for i := range 300 {
		st.replace(catalogOf(t, strings.Repeat("x", i+2)))
		changed := time.Now()
		reader.next("data:", time.Second)
		slowest = max(slowest, time.Since(changed))
	}
	t.Logf("the reading stream got each of 300 changes within %v", slowest.Round(time.Millisecond))
	_ = stuck.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.Copy(io.Discard, stuck); err != nil {
		t.Errorf("the stream that stopped reading was not dropped (%v)", err)
	}
}

func TestASavedChangeIsServedWithinASecondWithoutRestart(t *testing.T) {
	for _, save := range []struct {
		name string
		save func(*testing.T, string, string)
	}{{"saved in place", saveInPlace}, {"saved by rename", saveByRename}} {
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
