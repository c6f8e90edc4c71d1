package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"photoserver/internal/catalog"
	"photoserver/internal/images"
	"photoserver/internal/lang"
)

// smallBody is the size up to which an answer made for one request is made whole in
// memory, to get an ETag and gzip; a bigger one is written as it is made, without them,
// so that many at once cannot fill the memory.
const smallBody = 1 << 20

// sendList sends the answer to a list request: the whole list as it was made once, or
// an answer made for this request (see smallBody).
func sendList(w http.ResponseWriter, r *http.Request, a catalog.Answer) {
	if a.Whole != nil {
		sendBytes(w, r, hdrJSON, a.Whole.Plain, &a.Whole.Gzip)
		return
	}
	if body, ok := a.Bytes(smallBody); ok {
		sendBytes(w, r, hdrJSON, body, nil)
		return
	}
	h := w.Header()
	h["Content-Type"] = hdrJSON
	h["Cache-Control"] = hdrNoCache
	h["Content-Length"] = []string{strconv.Itoa(a.Size())}
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = a.WriteTo(w) // a client that went away is not an error of ours
	}
}

// sendBytes sends a 200 answer made of bytes, gzipped when the client accepts it (with
// zipped, made once with the body, or else now: a body made for one request is small),
// with the ETag of the bytes sent and Cache-Control: no-cache, so that a refresh always
// checks and sees live edits. http.ServeContent answers the rest from the ETag: an
// empty 304 to If-None-Match, HEAD, ranges, Content-Length (set here for the gzip form).
func sendBytes(w http.ResponseWriter, r *http.Request, contentType []string, plain catalog.Bytes, zipped *catalog.Bytes) {
	h := w.Header()
	if h["Vary"] == nil {
		h["Vary"] = hdrVary
	}
	h["Cache-Control"] = hdrNoCache
	h["Content-Type"] = contentType
	body, form := plain, ""
	if acceptsGzip(r.Header["Accept-Encoding"]) {
		if zipped == nil {
			z := catalog.Gzip(plain.Body)
			zipped = &z
		}
		body, form = *zipped, "-gzip"
		h["Content-Encoding"] = hdrGzip
		if r.Header["Range"] == nil {
			// ServeContent leaves Content-Length out when Content-Encoding is set (net/http/fs.go,
			// serveContent), sets it itself for a range, and deletes it on a 304.
			h["Content-Length"] = []string{strconv.Itoa(len(body.Body))}
		}
	}
	h["Etag"] = []string{etag(body.Sum, form)}
	if lines := r.Header["If-None-Match"]; len(lines) > 1 { // net/http reads the first line only
		joined := *r
		joined.Header = r.Header.Clone()
		joined.Header["If-None-Match"] = []string{strings.Join(lines, ", ")}
		r = &joined
	}
	content := bytes.NewReader(body.Body)
	http.ServeContent(oneWrite{w, content}, r, "", time.Time{}, content)
}

// oneWrite hands what http.ServeContent sends of body (io.CopyN: an io.LimitedReader
// of it) to the client in one Write of the bytes in memory; through io.Copy, each
// answer would be copied again through a new buffer of up to 32 kB.
type oneWrite struct {
	http.ResponseWriter
	body *bytes.Reader
}

func (w oneWrite) ReadFrom(src io.Reader) (int64, error) {
	if lr, ok := src.(*io.LimitedReader); ok && lr.R == w.body && lr.N >= int64(w.body.Len()) {
		return w.body.WriteTo(w.ResponseWriter) // the rest of the body: the whole, or a range to its end
	}
	return io.Copy(struct{ io.Writer }{w.ResponseWriter}, src) // a range that stops before the end
}

// etag is the strong ETag of bytes whose checksum is sum; form tells apart two forms of
// one body (-gzip).
func etag(sum uint64, form string) string {
	b := append(make([]byte, 0, 32), '"')
	b = append(strconv.AppendUint(b, sum, 16), form...)
	return string(append(b, '"'))
}

// acceptsGzip reports whether the Accept-Encoding header lines allow gzip (a q of 0
// refuses it, in any case: q=0, Q=0.000). net/http reads this header only in its
// client, and exports no parser of it.
func acceptsGzip(lines []string) bool {
	for _, line := range lines {
		for rest := line; rest != ""; { // each part, cut as it comes: nothing allocated per request
			var part string
			part, rest, _ = strings.Cut(rest, ",")
			name, params, _ := strings.Cut(part, ";")
			if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
				continue
			}
			q := 1.0
			for params != "" {
				var param string
				param, params, _ = strings.Cut(params, ";")
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

// writeJSON encodes v the way the list is encoded (two spaces, no \u escapes) and sends it.
func writeJSON(w http.ResponseWriter, r *http.Request, v any) {
	sendBytes(w, r, hdrJSON, catalog.NewBytes(encodeJSON(v)), nil)
}

func encodeJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // only called with plain structs of texts and numbers
	return buf.Bytes()
}

// writeError sends {"error": "..."}: err said in one sentence that says what to do, in
// the language the request's browser prefers, with the status that its kind calls for
// (statusOf), gzipped when the client accepts it.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	body := encodeJSON(struct {
		Error string `json:"error"`
	}{lang.Say(lang.Request(r), err)})
	h := w.Header()
	h["Content-Language"] = hdrLanguages[lang.OfRequest(r)]
	h["Vary"] = hdrVaryLang
	h["Cache-Control"] = hdrNoCache
	h["Content-Type"] = hdrJSON
	if acceptsGzip(r.Header["Accept-Encoding"]) {
		body = catalog.Gzip(body).Body
		h["Content-Encoding"] = hdrGzip
	}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(statusOf(err))
	if r.Method != http.MethodHead {
		_, _ = w.Write(body) // a client that went away is not an error of ours
	}
}

// sendPicture sends one of the pair's own pictures with http.ServeContent, which
// answers HEAD, ranges and If-Modified-Since (304) from its modification time; every
// answer is checked again (no-cache), so that a picture saved anew shows at once. An
// SVG may not run scripts or load anything.
func sendPicture(w http.ResponseWriter, r *http.Request, name string, modified time.Time, content io.ReadSeeker) {
	h := w.Header()
	t, _ := images.TypeOf(name) // the folder opens pictures only
	h["Content-Type"] = []string{t}
	h["Cache-Control"] = hdrNoCache
	h["Vary"] = hdrVary
	if t == images.SVGType {
		h["Content-Security-Policy"] = hdrSVGPolicy
	}
	http.ServeContent(w, r, name, modified, content)
}
