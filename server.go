package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// serveOptions are the choices of the command line that change the answers.
type serveOptions struct {
	offline  bool            // each photo's url is the server's own picture (-offline)
	own      map[string]bool // with offline: the Host values of this server's own addresses (ownHosts)
	stopping <-chan struct{} // closed when the server stops: event streams end
}

// newHandler builds the whole HTTP API over the photos in st. The routes read like
// the API table of the README.
func newHandler(st *store, log *requestLog, opts serveOptions) http.Handler {
	mux := http.NewServeMux()
	list := getOnly(handleList(st, opts))
	mux.Handle("/{$}", list)
	mux.Handle("/photos", list)
	mux.Handle("/photos/{$}", list)
	mux.Handle("/photos/{id}", getOnly(handlePhoto(st, opts.offline)))
	mux.Handle(imagesAt+"{file}", getOnly(handleImage(st)))
	mux.Handle("/events", getOnly(handleEvents(st, opts)))
	mux.Handle("/healthz", getOnly(handleHealth(st)))
	mux.Handle("/", http.HandlerFunc(handleNotFound))
	return log.middleware(withCORS(mux))
}

// Header values shared by every response; set as slices so no request allocates them.
var (
	hdrAny       = []string{"*"}
	hdrNosniff   = []string{"nosniff"}
	hdrExpose    = []string{"X-Total-Count, ETag, Link"}
	hdrJSON      = []string{"application/json; charset=utf-8"}
	hdrNoCache   = []string{"no-cache"}
	hdrVary      = []string{"Accept-Encoding"}
	hdrVaryLang  = []string{"Accept-Encoding, Accept-Language"}
	hdrGzip      = []string{"gzip"}
	hdrMethods   = []string{"GET, HEAD, OPTIONS"}
	hdrMaxAge    = []string{"86400"}
	hdrTrue      = []string{"true"}
	hdrLanguages = map[language.Tag][]string{language.English: {"en"}, language.French: {"fr"}}
)

// withCORS lets a page from any origin, even a file opened in the browser, read every
// answer, errors included, and answers the browser's preflight requests itself.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h["Access-Control-Allow-Origin"] = hdrAny
		h["Access-Control-Expose-Headers"] = hdrExpose
		h["X-Content-Type-Options"] = hdrNosniff
		if r.Method == http.MethodOptions {
			h["Access-Control-Allow-Methods"] = hdrMethods
			h["Allow"] = hdrMethods
			if asked := r.Header.Values("Access-Control-Request-Headers"); len(asked) > 0 {
				h.Set("Access-Control-Allow-Headers", strings.Join(asked, ", "))
			} else {
				h["Access-Control-Allow-Headers"] = hdrAny
			}
			h["Access-Control-Max-Age"] = hdrMaxAge
			if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
				h["Access-Control-Allow-Private-Network"] = hdrTrue
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// getOnly answers 405 to any method but GET and HEAD (OPTIONS never gets here).
func getOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header()["Allow"] = hdrMethods
			p := requestPrinter(r)
			writeError(w, r, http.StatusMethodNotAllowed, p.Sprintf("this server only reads photos: use GET instead of %s", r.Method))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func handleNotFound(w http.ResponseWriter, r *http.Request) {
	p := requestPrinter(r)
	writeError(w, r, http.StatusNotFound, p.Sprintf("there is nothing at %s: ask for /photos to get the list of photos", r.URL.Path))
}

// handleList answers the list of photos, whole or asked for by a query.
func handleList(st *store, opts serveOptions) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.current()
		host, ok := requestHost(w, r, opts.offline)
		if !ok {
			return
		}
		if r.URL.RawQuery == "" && host == "" { // the common case: bytes made once
			w.Header()["X-Total-Count"] = c.list.count
			sendJSON(w, r, http.StatusOK, c.list.plain, &c.list.gzip)
			return
		}
		q, err := parseListQuery(requestPrinter(r), r.URL.RawQuery)
		if err != nil {
			writeError(w, r, http.StatusBadRequest, err.Error())
			return
		}
		if q.all() && host == "" {
			w.Header()["X-Total-Count"] = c.list.count
			sendJSON(w, r, http.StatusOK, c.list.plain, &c.list.gzip)
			return
		}
		if q.all() && opts.own[host] { // -offline: made once for each of this server's addresses
			if l := c.hostList(host); l != nil {
				w.Header()["X-Total-Count"] = c.list.count
				sendJSON(w, r, http.StatusOK, l.plain, &l.gzip)
				return
			}
		}
		chosen, total := c.all(), len(c.photos)
		if !q.all() {
			chosen, total = c.match(q)
		}
		h := w.Header()
		h.Set("X-Total-Count", strconv.Itoa(total))
		if q.page > 0 {
			h.Set("Link", pageLinks(r.Host, r.RequestURI, q, total))
		}
		sendBody(w, r, listBody{c: c, chosen: chosen, host: host})
	}
}

// handlePhoto answers one photo by its id, written as the list writes it (/photos/3).
func handlePhoto(st *store, offline bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.current()
		i, found := c.lookup(r.PathValue("id"))
		if !found {
			p := requestPrinter(r)
			writeError(w, r, http.StatusNotFound, p.Sprintf("there is no photo with id %s: ask for /photos to see the ids", r.PathValue("id")))
			return
		}
		host, ok := requestHost(w, r, offline)
		if !ok {
			return
		}
		sendJSON(w, r, http.StatusOK, newPayload(photoJSON(c.item(i, host)), ""), nil)
	}
}

// lookup finds the photo whose id is written as text, in its one canonical form: 3,
// not 03 or +3.
func (c *catalog) lookup(text string) (int, bool) {
	id, err := strconv.Atoi(text)
	if err != nil || strconv.Itoa(id) != text {
		return 0, false
	}
	i, found := c.byID[id]
	return i, found
}

// handleHealth tells a script that the server is up and how many photos it serves.
func handleHealth(st *store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, r, http.StatusOK, struct {
			Status string `json:"status"`
			Photos int    `json:"photos"`
		}{"ok", len(st.current().photos)})
	}
}

// smallBody is the size up to which an answer made for one request is made whole in
// memory, to get an ETag and gzip; a bigger one is written as it is made, without them,
// so that many at once cannot fill the memory.
const smallBody = 1 << 20

// listBody is the JSON array of the chosen photos, seen from host (see catalog.item).
type listBody struct {
	c      *catalog
	chosen []int
	host   string
}

// size is the length of the body.
func (b listBody) size() int {
	if len(b.chosen) == 0 {
		return len("[]\n")
	}
	n := len("[\n") + len("\n]\n") + (len(b.chosen)-1)*len(",\n")
	for _, i := range b.chosen {
		n += len("  ") + b.c.itemSize(i, b.host)
	}
	return n
}

// appendTo appends the chosen photos from the k-th on to dst, until dst holds at least
// limit bytes, and returns it with the position of the next photo to write.
func (b listBody) appendTo(dst []byte, k, limit int) ([]byte, int) {
	if len(b.chosen) == 0 {
		return append(dst, "[]\n"...), 1
	}
	for ; k < len(b.chosen) && len(dst) < limit; k++ {
		if k == 0 {
			dst = append(dst, "[\n  "...)
		} else {
			dst = append(dst, ",\n  "...)
		}
		dst = b.c.appendItem(dst, b.chosen[k], b.host)
	}
	if k == len(b.chosen) {
		dst = append(dst, "\n]\n"...)
	}
	return dst, k
}

// sendBody sends a list made for this request: whole, with an ETag and gzip, when it is
// small; written in pieces otherwise, so that many at once cannot fill the memory.
func sendBody(w http.ResponseWriter, r *http.Request, b listBody) {
	size := b.size()
	if size <= smallBody {
		body, _ := b.appendTo(make([]byte, 0, size), 0, size+1)
		sendJSON(w, r, http.StatusOK, newPayload(body, ""), nil)
		return
	}
	h := w.Header()
	h["Content-Type"] = hdrJSON
	h["Cache-Control"] = hdrNoCache
	h["Content-Length"] = []string{strconv.Itoa(size)}
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	buf := make([]byte, 0, 64<<10)
	for k := 0; k < len(b.chosen); {
		buf, k = b.appendTo(buf[:0], k, 32<<10)
		if _, err := w.Write(buf); err != nil {
			return // a client that went away is not an error of ours
		}
	}
}

// sendJSON sends a JSON answer (see send).
func sendJSON(w http.ResponseWriter, r *http.Request, status int, plain payload, zipped *payload) {
	send(w, r, status, hdrJSON, plain, zipped)
}

// send is the one writer of every answer made of bytes. A 200 carries the ETag of its bytes,
// and is an empty 304 when the client already has them (If-None-Match); every answer
// has Cache-Control: no-cache, so that a refresh always checks and sees live edits, and
// is gzipped when the client accepts it: with zipped, made once with the body, or else
// now (a body made for one request is small).
func send(w http.ResponseWriter, r *http.Request, status int, contentType []string, plain payload, zipped *payload) {
	h := w.Header()
	if h["Vary"] == nil {
		h["Vary"] = hdrVary
	}
	h["Cache-Control"] = hdrNoCache
	body := plain
	if acceptsGzip(r.Header.Values("Accept-Encoding")) {
		if zipped == nil && len(plain.body) <= smallBody {
			z := gzipPayload(plain.body)
			zipped = &z
		}
		if zipped != nil {
			body = *zipped
			h["Content-Encoding"] = hdrGzip
		}
	}
	if status == http.StatusOK {
		h["Etag"] = body.etag
		if etagMatches(r.Header.Values("If-None-Match"), body.etag[0]) {
			delete(h, "Content-Encoding")
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h["Content-Type"] = contentType
	h["Content-Length"] = body.length
	w.WriteHeader(status)
	_, _ = w.Write(body.body) // a client that went away is not an error of ours
}

var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // the level is valid
	return zw
}}

// gzipPayload compresses body for one answer.
func gzipPayload(body []byte) payload {
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	zw.Reset(&buf)
	_, _ = zw.Write(body) // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	gzipWriters.Put(zw)
	return newPayload(buf.Bytes(), "-gzip")
}

// acceptsGzip reports whether the Accept-Encoding header lines allow gzip (a q of 0
// refuses it, in any case: q=0, Q=0.000).
func acceptsGzip(lines []string) bool {
	for _, line := range lines {
		for part := range strings.SplitSeq(line, ",") {
			name, params, _ := strings.Cut(part, ";")
			if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
				continue
			}
			q := 1.0
			for param := range strings.SplitSeq(params, ";") {
				k, v, _ := strings.Cut(strings.TrimSpace(param), "=")
				if strings.EqualFold(strings.TrimSpace(k), "q") {
					if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
						q = f
					}
				}
			}
			return q > 0
		}
	}
	return false
}

// etagMatches reports whether the If-None-Match header lines name etag (or *).
func etagMatches(lines []string, etag string) bool {
	for _, line := range lines {
		for part := range strings.SplitSeq(line, ",") {
			part = strings.TrimPrefix(strings.TrimSpace(part), "W/")
			if part == etag || part == "*" {
				return true
			}
		}
	}
	return false
}

// writeJSON encodes v the way the list is encoded (two spaces, no \u escapes) and sends it.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // only called with plain structs of texts and numbers
	sendJSON(w, r, status, newPayload(buf.Bytes(), ""), nil)
}

// writeError sends {"error": msg}: msg is one sentence that says what to do, in the
// language the request's browser prefers.
func writeError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	h := w.Header()
	h["Content-Language"] = hdrLanguages[requestLanguage(r)]
	h["Vary"] = hdrVaryLang
	writeJSON(w, r, status, struct {
		Error string `json:"error"`
	}{msg})
}
