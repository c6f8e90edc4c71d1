package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// do sends one request to h and returns the recorded answer.
func do(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	r := httptestRequest(method, target)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	return serveRequest(h, r)
}

// samplePhotos is a small list with every case the queries care about.
var samplePhotos = []Photo{
	{Title: "Chiot noir", URL: "https://example.org/1.jpg", Description: "Un chiot & son os <b>", Keyword: "chien"},
	{Title: "Carlin", URL: "https://example.org/2.jpg", Description: "Un carlin dans une couverture", Keyword: "Chien"},
	{Title: "Morses", URL: "https://example.org/3.jpg", Description: "Sur la banquise", Keyword: "animal"},
	{Title: "Fraises", URL: "https://example.org/4.jpg", Description: "Rouges et sucrées", Keyword: "fruit"},
}

func decodeList(t *testing.T, body []byte) []Photo {
	t.Helper()
	var list []Photo
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatalf("the answer is not a JSON array of photos: %v\n%s", err, body)
	}
	return list
}

func TestTheListIsServedAtTheRootAndAtPhotos(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	root, list := do(h, "GET", "/"), do(h, "GET", "/photos")
	if root.Code != 200 || list.Code != 200 {
		t.Fatalf("GET / answered %d and GET /photos %d, want 200 for both", root.Code, list.Code)
	}
	if !bytes.Equal(root.Body.Bytes(), list.Body.Bytes()) {
		t.Errorf("GET / and GET /photos sent different bytes:\n%s\n---\n%s", root.Body, list.Body)
	}
	if got := len(decodeList(t, list.Body.Bytes())); got != len(samplePhotos) {
		t.Errorf("GET /photos sent %d photos, want %d", got, len(samplePhotos))
	}
	if got := list.Header().Get("X-Total-Count"); got != "4" {
		t.Errorf("X-Total-Count is %q, want 4", got)
	}
	head := do(h, "HEAD", "/photos")
	if head.Code != 200 || head.Header().Get("Content-Length") != list.Header().Get("Content-Length") {
		t.Errorf("HEAD /photos answered %d with Content-Length %q, want 200 and %q", head.Code, head.Header().Get("Content-Length"), list.Header().Get("Content-Length"))
	}
}

func TestTheJSONIsIndentedUTF8AndNewlineTerminated(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	rec := do(h, "GET", "/photos")
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type is %q, want application/json; charset=utf-8", ct)
	}
	ps, _ := numberPhotos(samplePhotos)
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(ps); err != nil {
		t.Fatal(err)
	}
	if rec.Body.String() != want.String() {
		t.Errorf("the list is not encoded with two spaces and no escapes:\ngot:\n%s\nwant:\n%s", rec.Body, want.String())
	}
	for _, s := range []string{"é", "&", "<b>"} {
		if !strings.Contains(rec.Body.String(), s) {
			t.Errorf("%q was escaped: the answer should carry it as it is", s)
		}
	}
	one := do(h, "GET", "/photos/1")
	var single bytes.Buffer
	enc = json.NewEncoder(&single)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(ps[0])
	if one.Body.String() != single.String() {
		t.Errorf("GET /photos/1 is not encoded like the list:\ngot:\n%s\nwant:\n%s", one.Body, single.String())
	}
}

func TestOnePhotoByItsID(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	tests := []struct {
		path   string
		status int
		title  string
	}{
		{"/photos/1", 200, "Chiot noir"},
		{"/photos/4", 200, "Fraises"},
		{"/photos/5", 404, ""},
		{"/photos/0", 404, ""},
		{"/photos/abc", 404, ""},
		{"/photos/", 404, ""},
	}
	for _, tt := range tests {
		t.Run("GET "+tt.path, func(t *testing.T) {
			rec := do(h, "GET", tt.path)
			if rec.Code != tt.status {
				t.Fatalf("GET %s answered %d, want %d: %s", tt.path, rec.Code, tt.status, rec.Body)
			}
			if tt.status != 200 {
				assertJSONError(t, rec)
				return
			}
			var p Photo
			if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || p.Title != tt.title {
				t.Errorf("GET %s sent %s, want the photo %q", tt.path, rec.Body, tt.title)
			}
		})
	}
}

// assertJSONError checks that an error answer is {"error": "..."} with a sentence.
func assertJSONError(t *testing.T, rec *httptest.ResponseRecorder) {
	t.Helper()
	var e struct{ Error string }
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || len(e.Error) < 10 {
		t.Errorf("a %d should send {\"error\": \"a sentence\"}, got %q", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("a %d has Content-Type %q, want JSON", rec.Code, ct)
	}
}

func TestTheListCanBeFilteredAndPaged(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	tests := []struct {
		name   string
		query  string
		titles []string
		total  string
	}{
		{"keyword ignores case", "keyword=CHIEN", []string{"Chiot noir", "Carlin"}, "2"},
		{"keyword is the whole keyword", "keyword=chi", nil, "0"},
		{"q searches the title", "q=fraise", []string{"Fraises"}, "1"},
		{"q searches the description", "q=BANQUISE", []string{"Morses"}, "1"},
		{"q searches the keyword", "q=anim", []string{"Morses"}, "1"},
		{"limit keeps the first ones", "limit=2", []string{"Chiot noir", "Carlin"}, "4"},
		{"offset skips the first ones", "offset=3", []string{"Fraises"}, "4"},
		{"offset and limit make a page", "offset=1&limit=2", []string{"Carlin", "Morses"}, "4"},
		{"limit 0 sends none", "limit=0", nil, "4"},
		{"offset past the end sends none", "offset=10", nil, "4"},
		{"filters then a page", "keyword=chien&offset=1", []string{"Carlin"}, "2"},
		{"unknown parameters are ignored", "_=12345&sort=title", []string{"Chiot noir", "Carlin", "Morses", "Fraises"}, "4"},
		{"empty values are ignored", "keyword=&limit=", []string{"Chiot noir", "Carlin", "Morses", "Fraises"}, "4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, "GET", "/photos?"+tt.query)
			if rec.Code != 200 {
				t.Fatalf("GET /photos?%s answered %d: %s", tt.query, rec.Code, rec.Body)
			}
			var titles []string
			for _, p := range decodeList(t, rec.Body.Bytes()) {
				titles = append(titles, p.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("GET /photos?%s sent %q, want %q", tt.query, titles, tt.titles)
			}
			if got := rec.Header().Get("X-Total-Count"); got != tt.total {
				t.Errorf("GET /photos?%s: X-Total-Count is %q, want %q", tt.query, got, tt.total)
			}
		})
	}
}

func TestAMalformedQueryIsA400NamingTheParameter(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	tests := []struct{ query, names string }{
		{"limit=abc", "limit"},
		{"limit=-1", "limit"},
		{"offset=1.5", "offset"},
		{"offset=99999999999999999999", "offset"},
		{"limit=%zz", "query"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rec := do(h, "GET", "/photos?"+tt.query)
			if rec.Code != 400 {
				t.Fatalf("GET /photos?%s answered %d, want 400", tt.query, rec.Code)
			}
			assertJSONError(t, rec)
			if !strings.Contains(rec.Body.String(), tt.names) {
				t.Errorf("GET /photos?%s: the error %s does not name %q", tt.query, rec.Body, tt.names)
			}
		})
	}
}

func TestParseListQuery(t *testing.T) {
	tests := []struct {
		raw  string
		want listQuery
		bad  bool
	}{
		{"", listQuery{limit: -1}, false},
		{"keyword=chien", listQuery{keyword: "chien", limit: -1}, false},
		{"q=a+b", listQuery{q: "a b", limit: -1}, false},
		{"limit=3&offset=2", listQuery{limit: 3, offset: 2}, false},
		{"limit=+3", listQuery{}, true},
		{"offset=-0", listQuery{limit: -1}, false},
		{"limit=1e3", listQuery{}, true},
		{"a=1;b=2", listQuery{}, true},
	}
	for _, tt := range tests {
		got, err := parseListQuery(tt.raw)
		if tt.bad {
			if err == nil {
				t.Errorf("parseListQuery(%q) = %+v, want an error", tt.raw, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseListQuery(%q) = %+v, %v; want %+v", tt.raw, got, err, tt.want)
		}
	}
}

func TestHealthz(t *testing.T) {
	rec := do(newTestHandler(t, samplePhotos, false), "GET", "/healthz")
	var got struct {
		Status string
		Photos int
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 200 || got.Status != "ok" || got.Photos != 4 {
		t.Errorf("GET /healthz answered %d %s, want 200 {\"status\": \"ok\", \"photos\": 4}", rec.Code, rec.Body)
	}
}

func TestEveryAnswerCarriesCORSAndNosniff(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	tests := []struct {
		method, path string
		status       int
	}{
		{"GET", "/photos", 200},
		{"GET", "/", 200},
		{"GET", "/photos?keyword=chien", 200},
		{"GET", "/photos/2", 200},
		{"GET", "/healthz", 200},
		{"GET", "/photos/99", 404},
		{"GET", "/nothing/here", 404},
		{"GET", "/photos?limit=x", 400},
		{"POST", "/photos", 405},
		{"DELETE", "/photos/1", 405},
		{"OPTIONS", "/photos", 204},
		{"OPTIONS", "/nothing/here", 204},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := do(h, tt.method, tt.path, "Origin", "null")
			if rec.Code != tt.status {
				t.Errorf("%s %s answered %d, want %d", tt.method, tt.path, rec.Code, tt.status)
			}
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("%s %s: Access-Control-Allow-Origin is %q, want *: the partner's page could not read it", tt.method, tt.path, got)
			}
			if got := rec.Header().Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("%s %s: X-Content-Type-Options is %q, want nosniff", tt.method, tt.path, got)
			}
			if tt.status >= 400 {
				assertJSONError(t, rec)
			}
			if tt.method == "GET" && tt.status == 200 && !strings.Contains(rec.Header().Get("Access-Control-Expose-Headers"), "X-Total-Count") {
				t.Errorf("%s %s: X-Total-Count is not exposed to scripts", tt.method, tt.path)
			}
		})
	}
}

func TestPreflight(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	rec := do(h, "OPTIONS", "/photos", "Origin", "http://192.168.1.24:8080", "Access-Control-Request-Method", "GET",
		"Access-Control-Request-Headers", "content-type, x-student", "Access-Control-Request-Private-Network", "true")
	want := map[string]string{
		"Access-Control-Allow-Methods":         "GET, HEAD, OPTIONS",
		"Access-Control-Allow-Headers":         "content-type, x-student",
		"Access-Control-Max-Age":               "86400",
		"Access-Control-Allow-Private-Network": "true",
		"Access-Control-Allow-Origin":          "*",
	}
	if rec.Code != 204 || rec.Body.Len() != 0 {
		t.Errorf("the preflight answered %d with %d bytes, want 204 and nothing", rec.Code, rec.Body.Len())
	}
	for k, v := range want {
		if got := rec.Header().Get(k); got != v {
			t.Errorf("preflight: %s is %q, want %q", k, got, v)
		}
	}
	plain := do(h, "OPTIONS", "/photos", "Origin", "null", "Access-Control-Request-Method", "GET")
	if got := plain.Header().Get("Access-Control-Allow-Private-Network"); got != "" {
		t.Errorf("a preflight that does not ask for the private network got Access-Control-Allow-Private-Network %q", got)
	}
}

func TestOtherMethodsAre405WithAllow(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	for _, m := range []string{"POST", "PUT", "PATCH", "DELETE"} {
		rec := do(h, m, "/photos")
		if rec.Code != 405 || rec.Header().Get("Allow") != "GET, HEAD, OPTIONS" {
			t.Errorf("%s /photos answered %d with Allow %q, want 405 and GET, HEAD, OPTIONS", m, rec.Code, rec.Header().Get("Allow"))
		}
	}
}

func TestIDsComeFromThePositionUnlessWritten(t *testing.T) {
	list := []Photo{{Title: "a"}, {Title: "b", ID: 10}, {Title: "c"}}
	got, err := numberPhotos(list)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{1, 10, 3} {
		if got[i].ID != want {
			t.Errorf("photo %d (%q) got id %d, want %d", i+1, got[i].Title, got[i].ID, want)
		}
	}
	if list[0].ID != 0 {
		t.Errorf("numberPhotos changed the list it was given")
	}
	_, err = numberPhotos([]Photo{{Title: "Chiot"}, {Title: "Carlin"}, {Title: "Morse", ID: 2}})
	if err == nil || !strings.Contains(err.Error(), `"Carlin"`) || !strings.Contains(err.Error(), `"Morse"`) {
		t.Errorf("two photos with id 2: the error %v should name both", err)
	}
}

func TestTheSameSeedGivesTheSameBytes(t *testing.T) {
	body := func(seed int64) string {
		return do(newTestHandler(t, fakeList(30, seed), false), "GET", "/photos").Body.String()
	}
	if a, b := body(42), body(42); a != b {
		t.Errorf("-fake 30 -seed 42 sent different bytes in two runs")
	}
	if body(42) == body(43) {
		t.Errorf("seeds 42 and 43 sent the same photos")
	}
}

func TestGzipAndConditionalRequests(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	plain := do(h, "GET", "/photos")
	zipped := do(h, "GET", "/photos", "Accept-Encoding", "gzip, deflate, br")
	if zipped.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(zipped.Header().Get("Vary"), "Accept-Encoding") {
		t.Fatalf("a client that accepts gzip got Content-Encoding %q and Vary %q", zipped.Header().Get("Content-Encoding"), zipped.Header().Get("Vary"))
	}
	zr, err := gzip.NewReader(zipped.Body)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, _ := io.ReadAll(zr)
	if !bytes.Equal(unzipped, plain.Body.Bytes()) {
		t.Errorf("the gzip answer does not unzip to the plain one")
	}
	if do(h, "GET", "/photos", "Accept-Encoding", "gzip;q=0").Header().Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 refuses gzip, yet the answer was gzipped")
	}
	etag, zetag := plain.Header().Get("ETag"), zipped.Header().Get("ETag")
	if etag == "" || etag == zetag || !strings.HasPrefix(etag, `"`) {
		t.Fatalf("ETags %q (plain) and %q (gzip) should be strong and different", etag, zetag)
	}
	if plain.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("Cache-Control is %q, want no-cache so that a refresh sees live edits", plain.Header().Get("Cache-Control"))
	}
	for _, tt := range []struct{ inm, ae string }{{etag, ""}, {zetag, "gzip"}, {`"x", ` + etag, ""}} {
		rec := do(h, "GET", "/photos", "If-None-Match", tt.inm, "Accept-Encoding", tt.ae)
		if rec.Code != 304 || rec.Body.Len() != 0 || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("If-None-Match %s: answered %d with %d bytes, want an empty 304 with CORS", tt.inm, rec.Code, rec.Body.Len())
		}
	}
	if rec := do(h, "GET", "/photos", "If-None-Match", `"old"`); rec.Code != 200 {
		t.Errorf("If-None-Match with an old ETag answered %d, want 200", rec.Code)
	}
}

func TestValidHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "localhost:9000": true, "192.168.1.23:9000": true, "[::1]:9000": true, "[::1]": true,
		"my-pc.lan": true, "": false, "a b": false, "evil.com/x": false, "host:port": false, "host:99999": false,
		"<script>": false, "::1": false, "[::1": false, "[abc]:80": false, "-x.com": false, "x..com": false, "a\"b": false,
	} {
		if got := validHost(host); got != want {
			t.Errorf("validHost(%q) = %v, want %v", host, got, want)
		}
	}
}

func httptestRequest(method, target string) *http.Request {
	return httptest.NewRequest(method, target, nil)
}

func serveRequest(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"": false, "gzip": true, "GZIP": true, "deflate, gzip;q=0.5": true, "br, deflate": false,
		"gzip;q=0": false, "gzip; q=0.000": false, "gzip;q=1.0": true, "x-gzip": false, "gzip;q=bad": true,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}
