package server

import (
	"net/http"
	"strconv"
	"strings"

	"golang.org/x/text/language"

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
}

// newHandler builds the whole HTTP API over the photos in st. The routes read like
// the API table of the README.
func newHandler(st *catalog.Store, log *requestLog, opts serveOptions) http.Handler {
	mux := http.NewServeMux()
	list := getOnly(handleList(st, opts))
	mux.Handle("/{$}", list)
	mux.Handle("/photos", list)
	mux.Handle("/photos/{$}", list)
	mux.Handle("/photos/{id}", getOnly(handlePhoto(st, opts.offline)))
	mux.Handle("/photos/{id}/{$}", getOnly(handlePhoto(st, opts.offline))) // as json-server: /photos/3/
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
	hdrSVG       = []string{"image/svg+xml"}
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
			p := lang.Request(r)
			writeError(w, r, http.StatusMethodNotAllowed, p.Sprintf("this server only sends photos, with GET, not %s: to add or change a photo, write it in photos.go (or in the data file of -data)", r.Method))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func handleNotFound(w http.ResponseWriter, r *http.Request) {
	p := lang.Request(r)
	writeError(w, r, http.StatusNotFound, p.Sprintf("there is nothing at %s: ask for /photos to get the list of photos", r.URL.Path))
}

// handleList answers the list of photos, whole or asked for by a query.
func handleList(st *catalog.Store, opts serveOptions) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.Current()
		list := c.List()
		view, ok := requestView(w, r, c, opts.offline)
		if !ok {
			return
		}
		if r.URL.RawQuery == "" && view.Host == "" { // the common case: bytes made once
			w.Header()["X-Total-Count"] = list.Count
			sendJSON(w, r, http.StatusOK, list.Plain, &list.Gzip)
			return
		}
		q, err := catalog.ParseQuery(lang.Request(r), c.Schema(), r.URL.RawQuery)
		if err != nil {
			writeError(w, r, http.StatusBadRequest, err.Error())
			return
		}
		if q.All() && view.Host == "" {
			w.Header()["X-Total-Count"] = list.Count
			sendJSON(w, r, http.StatusOK, list.Plain, &list.Gzip)
			return
		}
		if q.All() && opts.own[view.Host] { // urls rewritten: made once for each of this server's addresses
			if l := c.HostList(view); l != nil {
				w.Header()["X-Total-Count"] = list.Count
				sendJSON(w, r, http.StatusOK, l.Plain, &l.Gzip)
				return
			}
		}
		chosen, total := c.All(), len(c.Photos())
		if !q.All() {
			chosen, total = c.Match(q)
		}
		h := w.Header()
		h.Set("X-Total-Count", strconv.Itoa(total))
		paging := q.Paging(total) // json-server 1's _page with _per_page: its object, which holds the links
		if q.Page > 0 && paging == nil {
			h.Set("Link", catalog.PageLinks(r.Host, r.RequestURI, q, total))
		}
		sendBody(w, r, catalog.Body{C: c, Chosen: chosen, View: view, Paging: paging})
	}
}

// handlePhoto answers one photo by its id, written as the list writes it (/photos/3).
func handlePhoto(st *catalog.Store, offline bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.Current()
		i, found := c.Lookup(r.PathValue("id"))
		if !found {
			p := lang.Request(r)
			writeError(w, r, http.StatusNotFound, p.Sprintf("there is no photo with id %s: ask for /photos to see the ids", r.PathValue("id")))
			return
		}
		view, ok := requestView(w, r, c, offline)
		if !ok {
			return
		}
		sendJSON(w, r, http.StatusOK, catalog.NewPayload(catalog.PhotoJSON(c.Item(i, view)), ""), nil)
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
			p := lang.Request(r)
			writeError(w, r, http.StatusNotFound, p.Sprintf("there is no picture %s: put it in the folder %s next to photos.go, or ask for /images/<id>.svg, the picture drawn for a photo (/images/1.svg)", name, images.Dir))
			return
		}
		ph := c.Photos()[i]
		w.Header()["Content-Security-Policy"] = hdrSVGPolicy
		send(w, r, http.StatusOK, hdrSVG, catalog.NewPayload(images.Draw(ph.ID, ph.Title, ph.Keyword), ""), nil) // drawn in some µs: kept nowhere
	}
}

// handleHealth tells a script that the server is up and how many photos it serves.
func handleHealth(st *catalog.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, r, http.StatusOK, struct {
			Status string `json:"status"`
			Photos int    `json:"photos"`
		}{"ok", len(st.Current().Photos())})
	}
}
