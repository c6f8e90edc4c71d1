package server

import (
	"cmp"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"photoserver/internal/catalog"
)

// Timings of the event streams, unless serveOptions gives others (tests shorten them).
const (
	// keepAliveEvery is how often a stream gets a comment line when nothing happens,
	// so that proxies and browsers keep it open (they may drop one silent for 30 s).
	keepAliveEvery = 15 * time.Second
	// streamWriteTimeout is how long one write to a stream may take: a client that
	// stops reading is dropped after it, without holding up the others.
	streamWriteTimeout = 10 * time.Second
)

// How many event streams may be open at once: a class opens a few per page and tab; a
// script that opens thousands without reading would hold one descriptor each, until the
// server could accept no one. The server's own computer has no limit per address (the
// benchmarks hold 1000 streams from it), only the total.
const (
	maxStreamsPerClient = 64
	maxStreams          = 4096
)

// streamCount counts the open event streams, in all and per client address.
type streamCount struct {
	mu        sync.Mutex
	total     int
	perClient map[string]int
}

// open counts one more stream from the client at remoteAddr (host:port), or reports
// false when it would be over a limit; close is its end.
func (s *streamCount) open(remoteAddr string, perClient, total int) (client string, ok bool) {
	client, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		client = remoteAddr
	}
	own := false
	if ip := net.ParseIP(client); ip != nil && ip.IsLoopback() {
		own = true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.total >= total || (!own && s.perClient[client] >= perClient) {
		return client, false
	}
	s.total++
	s.perClient[client]++
	return client, true
}

func (s *streamCount) close(client string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.total--
	if s.perClient[client]--; s.perClient[client] == 0 {
		delete(s.perClient, client)
	}
}

// reconnectAfter is how soon a browser reconnects a stream that broke (retry:).
const reconnectAfter = 2 * time.Second

var hdrEventStream = []string{"text/event-stream; charset=utf-8"}

// handleEvents answers GET /events with a stream of Server-Sent Events: at once an
// event that describes the photos served, then one each time they change (a data file
// saved). A page listens with new EventSource(server + "/events") and fetches the
// photos again when one comes. Each stream lives in its own request: one that stops
// reading blocks only itself, until its write times out.
func handleEvents(st *catalog.Store, opts serveOptions) http.HandlerFunc {
	keepAliveEvery := cmp.Or(opts.keepAliveEvery, keepAliveEvery)
	streamWriteTimeout := cmp.Or(opts.streamWriteTimeout, streamWriteTimeout)
	perClient, total := cmp.Or(opts.maxStreamsPerClient, maxStreamsPerClient), cmp.Or(opts.maxStreams, maxStreams)
	open := &streamCount{perClient: map[string]int{}}
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodHead {
			client, ok := open.open(r.RemoteAddr, perClient, total)
			if !ok {
				writeError(w, r, &requestError{Code: tooManyStreams, What: client})
				return
			}
			defer open.close(client)
		}
		h := w.Header()
		h["Content-Type"] = hdrEventStream
		h["Cache-Control"] = hdrNoCache
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		rc := http.NewResponseController(w)
		send := func(s string) bool {
			_ = rc.SetWriteDeadline(time.Now().Add(streamWriteTimeout)) // and its write timeout
			if _, err := io.WriteString(w, s); err != nil {
				return false
			}
			return rc.Flush() == nil
		}
		w.WriteHeader(http.StatusOK)
		keepAlive := time.NewTicker(keepAliveEvery)
		defer keepAlive.Stop()
		retry := fmt.Sprintf("retry: %d\n", reconnectAfter.Milliseconds())
		sent := ""
		for {
			c, changed := st.Watch()
			if etag := listETag(c); etag != sent {
				if !send(retry + photosEvent(c)) {
					return
				}
				sent, retry = etag, ""
			}
			select {
			case <-changed:
			case <-keepAlive.C:
				if !send(": nothing new\n\n") {
					return
				}
			case <-r.Context().Done():
				return
			case <-opts.stopping: // Ctrl+C: the browser tries again every reconnectAfter, not faster
				send(fmt.Sprintf("retry: %d\n\n", reconnectAfter.Milliseconds()))
				return
			}
		}
	}
}

// photosEvent is the event that describes the photos of c: how many, and the ETag of
// their list (GET /photos without gzip).
func photosEvent(c *catalog.Catalog) string {
	return fmt.Sprintf("data: {\"photos\": %d, \"etag\": %q}\n\n", len(c.Photos()), listETag(c))
}

// listETag is the ETag of c's whole list, as GET /photos sends it without gzip.
func listETag(c *catalog.Catalog) string { return etag(c.List().Plain.Sum, "") }
