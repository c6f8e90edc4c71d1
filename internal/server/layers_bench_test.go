package server

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"testing"

	"photoserver/internal/catalog"
	"photoserver/internal/testkit"
)

// BenchmarkServeLayers answers GET /photos over real loopback connections, as wrk
// does, with the server built up layer by layer (issue 20): each sub-benchmark adds one
// layer to the one before, so the difference between two lines is what that layer
// costs a request. The client is allocation-free (a raw connection that reads the
// status line, the headers and Content-Length bytes), so allocs/op are the server's.
// ns/op holds the client's work too, which is the same on every line; GCs/1000req is
// how many garbage collections ran per thousand answers.
//
//	floor       net/http with the server's timeouts, a handler that sends the very
//	            bytes and nine headers of the list (tools/bench/bare -headers -timeouts)
//	+conn-hooks http.Server.ConnContext and ConnState (requests Go refuses, logged)
//	+log        the request log's middleware (status, size, one line or a count)
//	+cors       withCORS
//	+routes     the ServeMux with every route, getOnly
//	server      the real list handler instead of the fixed bytes (ETag, gzip check)
//	+gc-tuner   the collector's goal kept 16 MB above the live heap, as run sets it
//	            (gc.go); GOGC=100 in the environment turns it off, for a before/after
func BenchmarkServeLayers(b *testing.B) {
	c, err := newCatalog(testkit.ClassPhotos)
	if err != nil {
		b.Fatal(err)
	}
	var st catalog.Store
	st.Replace(c)
	reqLog := newRequestLog(io.Discard, en)

	// The list's own answer, to send as fixed bytes.
	rec := httptest.NewRecorder()
	newHandler(&st, reqLog, serveOptions{}).ServeHTTP(rec, httptest.NewRequest("GET", "/photos", nil))
	body, sent := rec.Body.Bytes(), rec.Result().Header
	fixed := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for k, v := range sent {
			h[k] = v
		}
		_, _ = w.Write(body)
	})
	withHooks := func(h http.Handler) func() *http.Server {
		return func() *http.Server { return newHTTPServer(h, reqLog) }
	}
	withoutHooks := func(h http.Handler) func() *http.Server {
		return func() *http.Server {
			srv := newHTTPServer(h, reqLog)
			srv.ConnContext, srv.ConnState, srv.ErrorLog = nil, nil, nil
			return srv
		}
	}
	routes := func(list http.Handler) http.Handler {
		mux := http.NewServeMux()
		for _, p := range []string{"/{$}", "/photos", "/photos/{$}"} {
			mux.Handle(p, getOnly(list))
		}
		for _, p := range []string{"/photos/{id}", "/photos/{id}/{$}", "/images/{file}", "/events", "/healthz"} {
			mux.Handle(p, getOnly(http.NotFoundHandler()))
		}
		mux.Handle("/", http.HandlerFunc(handleNotFound))
		return reqLog.middleware(withCORS(mux))
	}
	for _, layer := range []struct {
		name  string
		srv   func() *http.Server // a new one at each run: a closed server cannot serve again
		tuned bool                // with the collector's goal of run (gc.go)
	}{
		{"floor", withoutHooks(fixed), false},
		{"+conn-hooks", withHooks(fixed), false},
		{"+log", withHooks(reqLog.middleware(fixed)), false},
		{"+cors", withHooks(reqLog.middleware(withCORS(fixed))), false},
		{"+routes", withHooks(routes(fixed)), false},
		{"server", withHooks(newHandler(&st, reqLog, serveOptions{})), false},
		{"+gc-tuner", withHooks(newHandler(&st, reqLog, serveOptions{})), true},
	} {
		b.Run(layer.name, func(b *testing.B) {
			if layer.tuned {
				newGCTuner(os.Getenv).tune()
				defer debug.SetGCPercent(100)
			}
			benchmarkOverTCP(b, layer.srv(), len(body))
		})
	}
}

// benchmarkOverTCP serves srv on a loopback port and sends it GET /photos on 16
// kept-alive connections at once, each waiting for its answer before the next request.
func benchmarkOverTCP(b *testing.B, srv *http.Server, size int) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	request := []byte("GET /photos HTTP/1.1\r\nHost: bench\r\nUser-Agent: wrk\r\n\r\n")
	b.SetParallelism(8)
	b.ReportAllocs()
	cycles := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(cycles)
	before := cycles[0].Value.Uint64()
	defer func() { // how often the collector ran: what the allocations cost beyond themselves
		metrics.Read(cycles)
		b.ReportMetric(float64(cycles[0].Value.Uint64()-before)*1000/float64(b.N), "GCs/1000req")
	}()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			b.Error(err)
			return
		}
		defer conn.Close()
		r := bufio.NewReaderSize(conn, 64<<10)
		for pb.Next() {
			if _, err := conn.Write(request); err != nil {
				b.Error(err)
				return
			}
			n, err := readAnswer(r)
			if err != nil || n != size {
				b.Errorf("answer of %d bytes (%v), want %d", n, err, size)
				return
			}
		}
	})
}

// readAnswer reads one HTTP/1.1 answer with a Content-Length and returns the body's size.
func readAnswer(r *bufio.Reader) (int, error) {
	length := -1
	for {
		line, err := r.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(line) <= 2 { // the empty line after the headers
			break
		}
		if name, value, ok := bytes.Cut(line, []byte(":")); ok && bytes.EqualFold(name, []byte("Content-Length")) {
			length, err = strconv.Atoi(string(bytes.TrimSpace(value)))
			if err != nil {
				return 0, err
			}
		}
	}
	if length < 0 {
		return 0, io.ErrUnexpectedEOF
	}
	_, err := r.Discard(length)
	return length, err
}
