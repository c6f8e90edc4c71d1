package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// newHandler builds the whole HTTP API over the photos in st. The routes read like
// the API table of the README.
func newHandler(st *store, log *requestLog) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/{$}", getOnly(handleList(st)))
	mux.Handle("/photos", getOnly(handleList(st)))
	mux.Handle("/photos/{id}", getOnly(handlePhoto(st)))
	mux.Handle("/images/{file}", getOnly(handleImage(st)))
	mux.Handle("/healthz", getOnly(handleHealth(st)))
	mux.Handle("/", http.HandlerFunc(handleNotFound))
	return log.middleware(withCORS(mux))
}

// Header values shared by every response; set as slices so no request allocates them.
var (
	hdrAny     = []string{"*"}
	hdrNosniff = []string{"nosniff"}
	hdrExpose  = []string{"X-Total-Count, ETag"}
	hdrJSON    = []string{"application/json; charset=utf-8"}
	hdrNoCache = []string{"no-cache"}
	hdrVary    = []string{"Accept-Encoding"}
	hdrGzip    = []string{"gzip"}
	hdrMethods = []string{"GET, HEAD, OPTIONS"}
	hdrMaxAge  = []string{"86400"}
	hdrTrue    = []string{"true"}
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
			if asked := r.Header.Get("Access-Control-Request-Headers"); asked != "" {
				h.Set("Access-Control-Allow-Headers", asked)
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
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("this server only reads photos: use GET instead of %s", r.Method))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func handleNotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("there is nothing at %s: ask for /photos to get the list of photos", r.URL.Path))
}

// handleList answers the list of photos, whole or filtered.
func handleList(st *store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.current()
		q, err := parseListQuery(r.URL.RawQuery)
		if err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		e, ok := viewFor(w, r, c)
		if !ok {
			return
		}
		if q.all() {
			writeEncoded(w, r, e)
			return
		}
		chosen, total := c.match(q)
		w.Header().Set("X-Total-Count", strconv.Itoa(total))
		writeJSONBytes(w, http.StatusOK, joinItems(e.items, chosen))
	}
}

// handlePhoto answers one photo by its id.
func handlePhoto(st *store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.current()
		id, err := strconv.Atoi(r.PathValue("id"))
		i, found := c.byID[id]
		if err != nil || !found {
			writeError(w, http.StatusNotFound, fmt.Sprintf("there is no photo with id %s: ask for /photos to see the ids", r.PathValue("id")))
			return
		}
		e, ok := viewFor(w, r, c)
		if !ok {
			return
		}
		writeJSONBytes(w, http.StatusOK, photoJSON(e.items[i]))
	}
}

// handleHealth tells a script that the server is up and how many photos it serves.
func handleHealth(st *store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, struct {
			Status string `json:"status"`
			Photos int    `json:"photos"`
		}{"ok", len(st.current().photos)})
	}
}

// viewFor picks the encoding for the request's Host; in offline mode a malformed
// Host is answered with 400, since the photo urls are built from it.
func viewFor(w http.ResponseWriter, r *http.Request, c *catalog) (*encoded, bool) {
	if !c.offline {
		return c.plain, true
	}
	if !validHost(r.Host) {
		writeError(w, http.StatusBadRequest, "the Host header must be a host name or an IP address with an optional port, such as 192.168.1.23:9000")
		return nil, false
	}
	return c.view(r.Host), true
}

// writeEncoded sends the pre-encoded list, gzipped when the client accepts it.
func writeEncoded(w http.ResponseWriter, r *http.Request, e *encoded) {
	h := w.Header()
	h["Vary"] = hdrVary
	h["Cache-Control"] = hdrNoCache
	h["X-Total-Count"] = e.count
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		writePayload(w, r, e.gzip, hdrJSON, hdrGzip)
		return
	}
	writePayload(w, r, e.plain, hdrJSON, nil)
}

// writePayload sends p as contentType (with encoding, when not nil), or an empty 304
// when the client already has these very bytes (If-None-Match names their ETag).
func writePayload(w http.ResponseWriter, r *http.Request, p payload, contentType, encoding []string) {
	h := w.Header()
	h["Etag"] = p.etag
	if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatches(inm, p.etag[0]) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if encoding != nil {
		h["Content-Encoding"] = encoding
	}
	h["Content-Type"] = contentType
	h["Content-Length"] = p.length
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(p.body) // a client that went away is not an error of ours
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip (a q of 0 refuses it).
func acceptsGzip(ae string) bool {
	for part := range strings.SplitSeq(ae, ",") {
		name, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		q := 1.0
		for param := range strings.SplitSeq(params, ";") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(param), "q="); ok {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		return q > 0
	}
	return false
}

// etagMatches reports whether an If-None-Match header names etag (or is *).
func etagMatches(inm, etag string) bool {
	for part := range strings.SplitSeq(inm, ",") {
		part = strings.TrimPrefix(strings.TrimSpace(part), "W/")
		if part == etag || part == "*" {
			return true
		}
	}
	return false
}

// writeJSONBytes sends body, already JSON, with the given status.
func writeJSONBytes(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h["Content-Type"] = hdrJSON
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(status)
	_, _ = w.Write(body) // a client that went away is not an error of ours
}

// writeJSON encodes v the way the list is encoded (two spaces, no \u escapes) and sends it.
func writeJSON(w http.ResponseWriter, status int, v any) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // only called with plain structs of strings and numbers
	writeJSONBytes(w, status, []byte(sb.String()))
}

// writeError sends {"error": msg}: msg is one sentence that says what to do.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, struct {
		Error string `json:"error"`
	}{msg})
}

// parseListQuery reads keyword=, q=, limit= and offset= from a raw query string.
// Other parameters are ignored, since pages add cache-busters such as ?_=123.
func parseListQuery(raw string) (listQuery, error) {
	q := listQuery{limit: -1}
	if raw == "" {
		return q, nil
	}
	vals, err := url.ParseQuery(raw)
	if err != nil {
		return q, fmt.Errorf("the query string is malformed (%v): write it as /photos?keyword=chien&limit=10", err)
	}
	q.keyword = vals.Get("keyword")
	q.q = vals.Get("q")
	for _, p := range []struct {
		name string
		dst  *int
	}{{"limit", &q.limit}, {"offset", &q.offset}} {
		s := vals.Get(p.name)
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return q, fmt.Errorf("%s must be a whole number, 0 or more, such as %s=10, not %s", p.name, p.name, s)
		}
		*p.dst = n
	}
	return q, nil
}

// validHost reports whether host is a host name or an IP address, with an optional port.
func validHost(host string) bool {
	name, port, err := net.SplitHostPort(host)
	if err != nil {
		name = host // no port
	} else if _, perr := strconv.ParseUint(port, 10, 16); perr != nil {
		return false
	}
	if strings.HasPrefix(host, "[") {
		if err != nil {
			if !strings.HasSuffix(host, "]") {
				return false
			}
			name = host[1 : len(host)-1]
		}
		ip, perr := netip.ParseAddr(name)
		return perr == nil && ip.Is6() && ip.Zone() == ""
	}
	if strings.Contains(name, ":") {
		return false
	}
	if name == "" || len(name) > 253 {
		return false
	}
	for label := range strings.SplitSeq(strings.TrimSuffix(name, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, ch := range []byte(label) {
			if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-') {
				return false
			}
		}
	}
	return true
}
