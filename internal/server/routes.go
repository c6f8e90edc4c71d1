package server

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/images"
	"photoserver/internal/lang"
)

// serveOptions are the choices of the command line that change the answers.
type serveOptions struct {
	offline  bool            // each photo's url is the server's own picture (-offline)
	own      map[string]bool // when urls are rewritten: the Host values of this server's own addresses (ownHosts)
	stopping <-chan struct{} // closed when the server stops: event streams end
	pictures images.Folder   // the pair's own pictures (images/, next to photos.go)

	// The event streams' timings (events.go); zero: keepAliveEvery, streamWriteTimeout.
	keepAliveEvery     time.Duration // how often a silent stream gets a comment line
	streamWriteTimeout time.Duration // how long one write to a stream may take
	// How many streams may be open (events.go); zero: maxStreamsPerClient, maxStreams.
	maxStreamsPerClient int // from one address (but the server's own computer's)
	maxStreams          int // in all
}

// newHandler builds the whole HTTP API over the photos in st. The routes read like
// the API table of the README.
func newHandler(st *catalog.Store, log *requestLog, opts serveOptions) http.Handler {
	mux := http.NewServeMux()
	list := getOnly(handleList(st, opts))
	mux.Handle("/{$}", list)
	mux.Handle("/photos", list)
	mux.Handle("/photos/{$}", list)
	mux.Handle("/photos/{id}", getOnly(handlePhoto(st, opts)))
	mux.Handle("/photos/{id}/{$}", getOnly(handlePhoto(st, opts))) // as json-server: /photos/3/
	mux.Handle(images.At+"{file}", getOnly(handleImage(st, opts.pictures)))
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
	hdrVary      = []string{"Accept-Encoding, Origin"}
	hdrVaryLang  = []string{"Accept-Encoding, Accept-Language, Origin"}
	hdrGzip      = []string{"gzip"}
	hdrMethods   = []string{"GET, HEAD, OPTIONS"}
	hdrMaxAge    = []string{"86400"}
	hdrTrue      = []string{"true"}
	hdrLanguages = map[language.Tag][]string{language.English: {"en"}, language.French: {"fr"}}
	hdrSVG       = []string{images.SVGType}
	hdrSVGPolicy = []string{"default-src 'none'; style-src 'unsafe-inline'"}
)

// withCORS lets a page from any origin, even a file opened in the browser, read every
// answer, errors included, and answers the browser's preflight requests itself (the
// Fetch standard's CORS protocol). A request with an Origin gets that origin back with
// Access-Control-Allow-Credentials, so that a page that sends its cookies
// (credentials: "include", an EventSource withCredentials) reads the answer too, which
// "*" does not allow; every answer varies on Origin for that reason. A preflight for
// any method is allowed, so that a page that tries PUT, PATCH or DELETE reads this
// server's own sentence (a 405: it only reads photos) rather than a bare CORS error.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if origin := r.Header["Origin"]; len(origin) == 1 {
			h["Access-Control-Allow-Origin"] = origin // the request's own slice: no copy per request
			h["Access-Control-Allow-Credentials"] = hdrTrue
		} else {
			h["Access-Control-Allow-Origin"] = hdrAny
		}
		h["Access-Control-Expose-Headers"] = hdrExpose
		h["X-Content-Type-Options"] = hdrNosniff
		if r.Method == http.MethodOptions {
			h["Access-Control-Allow-Methods"] = hdrMethods
			if asked := r.Header["Access-Control-Request-Method"]; len(asked) == 1 && asked[0] != "" {
				h["Access-Control-Allow-Methods"] = asked
			}
			h["Allow"] = hdrMethods
			h["Vary"] = hdrVary
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
			writeError(w, r, &requestError{Code: wrongMethod, What: r.Method})
			return
		}
		next.ServeHTTP(w, r)
	})
}

func handleNotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, r, &requestError{Code: nothingThere, What: r.URL.Path})
}

// handleList answers the list of photos, whole or asked for by a query: the query read,
// the catalog's answer, its headers, its bytes.
func handleList(st *catalog.Store, opts serveOptions) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.Current()
		q, err := catalog.ParseQuery(c.Schema(), r.URL.RawQuery)
		if err != nil {
			writeError(w, r, err)
			return
		}
		a, err := c.AnswerContext(r.Context(), q, viewOf(r, c, opts))
		if err != nil { // the client is gone: nobody to answer
			return
		}
		h := w.Header()
		h["X-Total-Count"] = []string{strconv.Itoa(a.Total)}
		if q.Page > 0 && q.PerPage == 0 { // json-server 1's pages hold their links in their object
			h["Link"] = []string{pageLinks(r, q, a.Total)} // empty, as json-server's, when one page holds them all
		}
		sendList(w, r, a)
	}
}

// pageLinks is json-server's Link header for a page of a list of total photos: first,
// prev, next and last, each the request's own address with another _page; empty when
// the page is empty or holds the whole list.
func pageLinks(r *http.Request, q catalog.Query, total int) string {
	from, to := q.Part(total)
	if from == to || to-from == total {
		return ""
	}
	path, rawQuery, _ := strings.Cut(r.RequestURI, "?")
	link := func(page int) string {
		parts := strings.Split(rawQuery, "&")
		for i, part := range parts {
			raw, _, _ := strings.Cut(part, "=")
			if name, err := url.QueryUnescape(raw); err == nil && name == "_page" {
				parts[i] = raw + "=" + strconv.Itoa(page) // the name as the page wrote it
				break
			}
		}
		return "<http://" + r.Host + path + "?" + strings.Join(parts, "&") + ">"
	}
	last := (total-1)/q.PageSize() + 1 // total > 0 here; total+size-1 may be past the ints
	links := []string{link(1) + `; rel="first"`}
	if q.Page > 1 {
		links = append(links, link(q.Page-1)+`; rel="prev"`)
	}
	if to < total {
		links = append(links, link(q.Page+1)+`; rel="next"`)
	}
	links = append(links, link(last)+`; rel="last"`)
	return strings.Join(links, ", ")
}

// handlePhoto answers one photo by its id, written as the list writes it (/photos/3).
func handlePhoto(st *catalog.Store, opts serveOptions) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.Current()
		i, found := c.Lookup(r.PathValue("id"))
		if !found {
			writeError(w, r, &requestError{Code: noPhoto, What: r.PathValue("id")})
			return
		}
		sendBytes(w, r, hdrJSON, catalog.NewBytes(catalog.PhotoJSON(c.Item(i, viewOf(r, c, opts)))), nil)
	}
}

// handleImage answers /images/{file}: a picture of the pair's own folder (pictures)
// when it holds one of that name, else /images/{id}.svg, a picture the server draws for
// a photo, so that a class on a network without internet still sees a full gallery
// (see -offline).
func handleImage(st *catalog.Store, pictures images.Folder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("file")
		if f, info, err := pictures.Open(name); err == nil {
			defer f.Close()
			sendPicture(w, r, name, info.ModTime(), f)
			return
		}
		c := st.Current()
		id, isSVG := strings.CutSuffix(name, images.Ext)
		i, found := c.Lookup(id)
		if !isSVG || !found {
			writeError(w, r, &requestError{Code: noPicture, What: name})
			return
		}
		ph := c.Photos()[i]
		w.Header()["Content-Security-Policy"] = hdrSVGPolicy
		sendBytes(w, r, hdrSVG, catalog.NewBytes(images.Draw(ph.ID, ph.Title, ph.Keyword)), nil) // drawn in some µs: kept nowhere
	}
}

// handleHealth tells a script that the server is up and how many photos it serves.
func handleHealth(st *catalog.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, r, struct {
			Status string `json:"status"`
			Photos int    `json:"photos"`
		}{"ok", len(st.Current().Photos())})
	}
}

// requestError is a request this server cannot answer with what it asks for: its kind
// (Code) and what it named (What: a method, a path, an id, a file name).
type requestError struct {
	Code requestCode
	What string
}

// requestCode is the kind of a requestError.
type requestCode int

const (
	wrongMethod    requestCode = iota + 1 // What is a method other than GET and HEAD
	nothingThere                          // What is a path that is nothing of this server
	noPhoto                               // What is an id that no photo has
	noPicture                             // What is a picture that is neither the pair's nor drawn
	tooManyStreams                        // What is the address with too many event streams open
)

func (e *requestError) Error() string { return e.Say(lang.English) }

// Say is the error as one sentence that says what to do.
func (e *requestError) Say(p *message.Printer) string {
	switch e.Code {
	case wrongMethod:
		return p.Sprintf("this server only sends photos, with GET, not %s: to add or change a photo, write it in photos.go (or in the data file of -data)", e.What)
	case nothingThere:
		return p.Sprintf("there is nothing at %s: ask for /photos to get the list of photos", e.What)
	case noPhoto:
		return p.Sprintf("there is no photo with id %s: ask for /photos to see the ids", e.What)
	case tooManyStreams:
		return p.Sprintf("too many event streams are open from %s: close the pages or tabs that listen to /events, then reload this one", e.What)
	case noPicture:
		return p.Sprintf("there is no picture %s: put it in the folder %s next to photos.go, or ask for /images/<id>.svg, the picture drawn for a photo (/images/1.svg)", e.What, images.Dir)
	}
	return lang.Say(p, fmt.Errorf("requestError %d", e.Code)) // a code with no sentence yet: the fallback sentence
}

// statusOf is the HTTP status of an error sent to a request, chosen here only, from the
// error's type and code: a mistake in the query is the request's (400); what is not
// here is 404, a method this server does not answer 405; anything else is this
// server's (500).
func statusOf(err error) int {
	var req *requestError
	switch {
	case errors.As(err, new(*catalog.QueryError)):
		return http.StatusBadRequest
	case errors.As(err, &req) && req.Code == wrongMethod:
		return http.StatusMethodNotAllowed
	case errors.As(err, &req) && req.Code == tooManyStreams:
		return http.StatusTooManyRequests
	case errors.As(err, &req):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}
