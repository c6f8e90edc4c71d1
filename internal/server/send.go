package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"photoserver/internal/catalog"
	"photoserver/internal/images"
	"photoserver/internal/lang"
)

// sendBody sends a list made for this request: whole, with an ETag and gzip, when it is
// small; written in pieces otherwise, so that many at once cannot fill the memory.
func sendBody(w http.ResponseWriter, r *http.Request, b catalog.Body) {
	size := b.Size()
	if size <= catalog.SmallBody {
		body, _ := b.AppendTo(make([]byte, 0, size), 0, size+1)
		sendJSON(w, r, http.StatusOK, catalog.NewPayload(body, ""), nil)
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
	for k := 0; k < len(b.Chosen); {
		buf, k = b.AppendTo(buf[:0], k, 32<<10)
		if _, err := w.Write(buf); err != nil {
			return // a client that went away is not an error of ours
		}
	}
}

// sendJSON sends a JSON answer (see send).
func sendJSON(w http.ResponseWriter, r *http.Request, status int, plain catalog.Payload, zipped *catalog.Payload) {
	send(w, r, status, hdrJSON, plain, zipped)
}

// send is the one writer of every answer made of bytes. A 200 carries the ETag of its bytes,
// and is an empty 304 when the client already has them (If-None-Match); every answer
// has Cache-Control: no-cache, so that a refresh always checks and sees live edits, and
// is gzipped when the client accepts it: with zipped, made once with the body, or else
// now (a body made for one request is small).
func send(w http.ResponseWriter, r *http.Request, status int, contentType []string, plain catalog.Payload, zipped *catalog.Payload) {
	h := w.Header()
	if h["Vary"] == nil {
		h["Vary"] = hdrVary
	}
	h["Cache-Control"] = hdrNoCache
	body := plain
	if acceptsGzip(r.Header.Values("Accept-Encoding")) {
		if zipped == nil && len(plain.Body) <= catalog.SmallBody {
			z := catalog.GzipPayload(plain.Body)
			zipped = &z
		}
		if zipped != nil {
			body = *zipped
			h["Content-Encoding"] = hdrGzip
		}
	}
	if status == http.StatusOK {
		h["Etag"] = body.ETag
		if etagMatches(r.Header.Values("If-None-Match"), body.ETag[0]) {
			delete(h, "Content-Encoding")
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h["Content-Type"] = contentType
	h["Content-Length"] = body.Length
	w.WriteHeader(status)
	_, _ = w.Write(body.Body) // a client that went away is not an error of ours
}

// acceptsGzip reports whether the Accept-Encoding header lines allow gzip (a q of 0
// refuses it, in any case: q=0, Q=0.000).
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

// etagMatches reports whether the If-None-Match header lines name etag (or *), read as
// net/http reads them (checkIfNoneMatch and scanETag in net/http/fs.go, RFC 9110
// 13.1.2): a list of quoted ETags, weak or strong, compared weakly, in which a quoted
// value may hold a comma. net/http does not export its reader, and http.ServeContent,
// which uses it, would redo per request what send makes once per version (the gzip
// form, the ETag, the length), so these are its lines again.
func etagMatches(lines []string, etag string) bool {
	for _, buf := range lines {
		for {
			buf = strings.TrimLeft(buf, " \t,")
			if buf == "" {
				break
			}
			if buf[0] == '*' {
				return true
			}
			tag, rest := scanETag(buf)
			if tag == "" {
				break // not an ETag: the rest of the line cannot be read either
			}
			if strings.TrimPrefix(tag, "W/") == strings.TrimPrefix(etag, "W/") {
				return true
			}
			buf = rest
		}
	}
	return false
}

// scanETag returns the ETag that s starts with (W/"..." or "..."), and what follows
// it; "" when s does not start with one.
func scanETag(s string) (etag, rest string) {
	start := 0
	if strings.HasPrefix(s, "W/") {
		start = 2
	}
	if len(s[start:]) < 2 || s[start] != '"' {
		return "", ""
	}
	for i := start + 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == 0x21 || c >= 0x23 && c <= 0x7E || c >= 0x80: // the characters an ETag may hold
		case c == '"':
			return s[:i+1], s[i+1:]
		default:
			return "", ""
		}
	}
	return "", ""
}

// writeJSON encodes v the way the list is encoded (two spaces, no \u escapes) and sends it.
func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // only called with plain structs of texts and numbers
	sendJSON(w, r, status, catalog.NewPayload(buf.Bytes(), ""), nil)
}

// writeError sends {"error": msg}: msg is one sentence that says what to do, in the
// language the request's browser prefers.
func writeError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	h := w.Header()
	h["Content-Language"] = hdrLanguages[lang.OfRequest(r)]
	h["Vary"] = hdrVaryLang
	writeJSON(w, r, status, struct {
		Error string `json:"error"`
	}{msg})
}

// pictureTypes are the Content-Type headers of the pair's pictures, made once.
var pictureTypes = map[string][]string{}

func init() {
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"} {
		t, _ := images.TypeOf(ext)
		pictureTypes[ext] = []string{t}
	}
}

// sendPicture sends one of the pair's own pictures with http.ServeContent, which
// answers HEAD, ranges and If-Modified-Since (304) from its modification time; every
// answer is checked again (no-cache), so that a picture saved anew shows at once. An
// SVG may not run scripts or load anything.
func sendPicture(w http.ResponseWriter, r *http.Request, name string, modified time.Time, content io.ReadSeeker) {
	h := w.Header()
	h["Content-Type"] = pictureTypes[strings.ToLower(path.Ext(name))]
	h["Cache-Control"] = hdrNoCache
	h["Vary"] = hdrVary
	if strings.EqualFold(path.Ext(name), ".svg") {
		h["Content-Security-Policy"] = hdrSVGPolicy
	}
	http.ServeContent(w, r, name, modified, content)
}
