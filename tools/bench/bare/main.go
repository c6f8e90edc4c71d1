// Command bare is the floor the photo server is measured against (issue 20): a
// net/http server that answers every request with the same bytes, read once from a
// file, and nothing else: no routing, no log, no CORS logic, no ETag check. Flags add,
// one by one, what the photo server must send and do, so that the cost of each is
// measured apart (tools/bench/floor.sh):
//
//	go run ./tools/bench/bare -addr 127.0.0.1:9200 -body photos.json [-headers] [-timeouts] [-pprof 127.0.0.1:6061]
//
// Without -headers it sends Content-Type and Access-Control-Allow-Origin, as nginx
// does in compare.sh; with it, the photo server's nine headers, with the same values.
// -timeouts sets the photo server's four timeouts (internal/server newHTTPServer).
// -pprof serves Go's profiles on another address, to set its CPU profile beside the
// photo server's (make profile).
package main

import (
	"flag"
	"io"
	"log"
	"net/http"
	"net/http/pprof"
	"os"
	"strconv"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:9200", "address to listen on")
	file := flag.String("body", "", "the file whose bytes every answer carries")
	headers := flag.Bool("headers", false, "send the photo server's nine headers")
	timeouts := flag.Bool("timeouts", false, "set the photo server's timeouts")
	profiles := flag.String("pprof", "", "an address to serve Go's profiles on (/debug/pprof/)")
	sendfile := flag.Bool("sendfile", false, "send the body from its file (opened for each answer: sendfile(2) after the first 512 bytes) instead of writing it from memory")
	flag.Parse()
	if *profiles != "" {
		mux := http.NewServeMux()
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
		go func() { log.Fatal(http.ListenAndServe(*profiles, mux)) }()
	}
	body, err := os.ReadFile(*file)
	if err != nil {
		log.Fatal(err)
	}
	var (
		ct     = []string{"application/json; charset=utf-8"}
		star   = []string{"*"}
		expose = []string{"X-Total-Count, ETag, Link"}
		nosn   = []string{"nosniff"}
		vary   = []string{"Accept-Encoding, Origin"}
		cache  = []string{"no-cache"}
		etag   = []string{`"0123456789abcdef"`}
		total  = []string{"14"}
		length = []string{strconv.Itoa(len(body))}
	)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd["Content-Type"] = ct
		hd["Access-Control-Allow-Origin"] = star
		if *headers {
			hd["Access-Control-Expose-Headers"] = expose
			hd["X-Content-Type-Options"] = nosn
			hd["Vary"] = vary
			hd["Cache-Control"] = cache
			hd["Etag"] = etag
			hd["X-Total-Count"] = total
			hd["Content-Length"] = length
		}
		if *sendfile {
			f, err := os.Open(*file) // an offset of its own: sendfile(2) reads from the file's
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			hd["Content-Length"] = length // else chunked, and no sendfile
			_, _ = io.Copy(w, f)
			f.Close()
			return
		}
		_, _ = w.Write(body)
	})
	srv := &http.Server{Addr: *addr, Handler: h}
	if *timeouts {
		srv.ReadHeaderTimeout = 5 * time.Second
		srv.ReadTimeout = 10 * time.Second
		srv.WriteTimeout = 60 * time.Second
		srv.IdleTimeout = 120 * time.Second
		srv.MaxHeaderBytes = 64 << 10
	}
	log.Fatal(srv.ListenAndServe())
}
