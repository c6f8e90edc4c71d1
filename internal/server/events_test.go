package server

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"photoserver/internal/catalog"
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
