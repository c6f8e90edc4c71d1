package server

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"photoserver/internal/catalog"
	"photoserver/internal/testkit"
	"strings"
	"testing"
	"time"
)

// eventReader reads a Server-Sent Events stream: its data lines and its comments.
type eventReader struct {
	t     *testing.T
	lines chan string
}

// openEvents opens GET /events on base and reads it in the background until the test ends.
func openEvents(t *testing.T, base string) (*eventReader, *http.Response) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/events", nil)
	req.Header.Set("Origin", "null")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	r := &eventReader{t: t, lines: make(chan string, 1000)}
	go func() {
		defer close(r.lines)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			r.lines <- sc.Text()
		}
	}()
	return r, resp
}

// next returns the next line that starts with prefix, failing the test after within.
func (r *eventReader) next(prefix string, within time.Duration) string {
	r.t.Helper()
	deadline := time.After(within)
	for {
		select {
		case line, ok := <-r.lines:
			if !ok {
				r.t.Fatalf("the stream ended before a line starting with %q", prefix)
			}
			if strings.HasPrefix(line, prefix) {
				return line
			}
		case <-deadline:
			r.t.Fatalf("no line starting with %q within %v", prefix, within)
		}
	}
}

// photosEventOf decodes the data line of a photos event.
func photosEventOf(t *testing.T, line string) (n int, etag string) {
	t.Helper()
	var e struct {
		Photos int
		ETag   string
	}
	if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &e); err != nil {
		t.Fatalf("the event %q is not {\"photos\": N, \"etag\": ...}: %v", line, err)
	}
	return e.Photos, e.ETag
}

func catalogOf(t *testing.T, titles ...string) *catalog.Catalog {
	t.Helper()
	list := make([]Photo, len(titles))
	for i, title := range titles {
		list[i] = Photo{Title: title, URL: "https://e.org/" + title}
	}
	c, err := newCatalog(list)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestTheEventStreamSaysThePhotosAtOnceThenEachChange(t *testing.T) {
	t.Parallel()
	var st catalog.Store
	st.Replace(catalogOf(t, "un", "deux"))
	var out syncBuffer
	srv := httptest.NewServer(newHandler(&st, newRequestLog(&out, en), serveOptions{keepAliveEvery: 100 * time.Millisecond}))
	t.Cleanup(srv.Close) // after the streams: Close waits for them

	events, resp := openEvents(t, srv.URL)
	for header, want := range map[string]string{"Content-Type": "text/event-stream; charset=utf-8", "Access-Control-Allow-Origin": "null", "Access-Control-Allow-Credentials": "true", "Cache-Control": "no-cache"} {
		if got := resp.Header.Get(header); got != want {
			t.Errorf("%s is %q, want %q", header, got, want)
		}
	}
	if retry := events.next("retry:", time.Second); retry != "retry: 2000" {
		t.Errorf("the stream opens with %q, want retry: 2000", retry)
	}
	n, etag := photosEventOf(t, events.next("data:", time.Second))
	list, _ := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Get(srv.URL + "/photos")
	list.Body.Close()
	if n != 2 || etag != list.Header.Get("ETag") {
		t.Errorf("the first event says %d photos and ETag %s, want 2 and GET /photos's %s", n, etag, list.Header.Get("ETag"))
	}
	if comment := events.next(":", time.Second); comment != ": nothing new" {
		t.Errorf("a quiet stream gets %q, want a comment line", comment)
	}
	st.Replace(catalogOf(t, "un", "deux")) // the same photos: nothing to say
	st.Replace(catalogOf(t, "un", "deux", "trois"))
	changed := time.Now()
	n, next := photosEventOf(t, events.next("data:", time.Second))
	if n != 3 || next == etag {
		t.Errorf("after a change the event says %d photos, ETag %s; want 3 and a new ETag", n, next)
	}
	t.Logf("the change reached the stream in %v", time.Since(changed).Round(time.Millisecond))
	if lines := strings.Count(out.String(), "/events"); lines != 1 || !strings.Contains(out.String(), "GET /events 200 event stream opened") {
		t.Errorf("the log should show the stream once, when it opens:\n%s", out.String())
	}
}

func TestHeadOfEventsEndsAtOnce(t *testing.T) {
	rec := do(newTestHandler(t, samplePhotos, false), "HEAD", "/events")
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/event-stream; charset=utf-8" {
		t.Errorf("HEAD /events answered %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
}

func TestCtrlCWithStreamsOpenEndsEachStreamAndStops(t *testing.T) {
	base, _, _, stop := startRun(t)
	var streams []*eventReader
	for range 5 {
		events, _ := openEvents(t, base)
		events.next("data:", time.Second)
		streams = append(streams, events)
	}
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	for i, events := range streams { // each told to come back soon, not left hanging
		if retry := events.next("retry:", 10*time.Second); retry != "retry: 2000" {
			t.Errorf("stream %d ended with %q, want retry: 2000: a stopped server is asked every 2 s, not faster", i+1, retry)
		}
	}
	select {
	case <-stopped:
	case <-time.After(time.Minute): // a guard against a hang, not a measure
		t.Fatal("run did not return after Ctrl+C with 5 streams open")
	}
}

func TestTooManyEventStreamsAreRefusedWithASentenceAndCORS(t *testing.T) {
	t.Parallel()
	var st catalog.Store
	st.Replace(catalogOf(t, "un", "deux"))
	srv := httptest.NewServer(newHandler(&st, newRequestLog(io.Discard, en), serveOptions{maxStreams: 2}))
	t.Cleanup(srv.Close)
	_, first := openEvents(t, srv.URL)
	openEvents(t, srv.URL)
	req, _ := http.NewRequest("GET", srv.URL+"/events", nil)
	req.Header.Set("Origin", "null")
	req.Header.Set("Accept-Language", "fr-FR")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Access-Control-Allow-Origin") != "null" || !strings.Contains(string(body), "fermez les pages") {
		t.Errorf("a third stream with 2 allowed: %d, CORS %q, %s; want 429, CORS and a French sentence", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"), body)
	}
	first.Body.Close() // a page closed: room for another
	testkit.WaitFor(t, "a stream to open once one closed", 10*time.Second, func() bool {
		resp, err := srv.Client().Get(srv.URL + "/events")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})

	var count streamCount // per address, but the server's own computer's
	count.perClient = map[string]int{}
	for i := range 3 {
		if _, ok := count.open("192.0.2.7:4000", 2, 100); ok != (i < 2) {
			t.Errorf("stream %d from one address, 2 allowed: open is %v", i+1, ok)
		}
		if _, ok := count.open("127.0.0.1:4000", 2, 100); !ok {
			t.Errorf("stream %d from the server's own computer refused", i+1)
		}
	}
	count.close("192.0.2.7")
	if _, ok := count.open("192.0.2.7:4001", 2, 100); !ok {
		t.Error("a stream after one of the same address closed was refused")
	}
}
