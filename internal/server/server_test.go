package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"photoserver/internal/catalog"
	"photoserver/internal/lang"
	"photoserver/internal/testkit"
	"strconv"
	"strings"
	"testing"
)

// do sends one request to h and returns the recorded answer.
func do(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Add(header[i], header[i+1])
	}
	return serveRequest(h, r)
}

func serveRequest(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}

// newTestHandler serves list through the real handler.
func newTestHandler(t testing.TB, list []Photo, offline bool) http.Handler {
	t.Helper()
	c, err := newCatalog(list)
	if err != nil {
		t.Fatalf("the photos cannot be served: %v", err)
	}
	var st catalog.Store
	st.Replace(c)
	return newHandler(&st, newRequestLog(io.Discard, en), serveOptions{offline: offline})
}

func decodeList(t *testing.T, body []byte) []Photo {
	t.Helper()
	var list []Photo
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatalf("the answer is not a JSON array of photos: %v\n%s", err, body)
	}
	return list
}

func titlesOf(list []Photo) []string {
	var titles []string
	for _, p := range list {
		titles = append(titles, p.Title)
	}
	return titles
}

// jsonOf writes v as encoding/json does with two spaces and no \u escapes.
func jsonOf(t *testing.T, v any) string {
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return want.String()
}

func TestTheListIsServedAtTheRootAtPhotosAndAtPhotosSlash(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	list := do(h, "GET", "/photos")
	for _, path := range []string{"/", "/photos/"} {
		if rec := do(h, "GET", path); rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), list.Body.Bytes()) {
			t.Errorf("GET %s answered %d with other bytes than GET /photos", path, rec.Code)
		}
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

func TestTheGzipFormHasItsContentLengthInGETAndHEAD(t *testing.T) {
	h := newTestHandler(t, fakeList(t, 200, 1), false)
	for _, path := range []string{"/photos", "/photos?_sort=title"} { // bytes made once, and made for the request
		answer := func(method string) *httptest.ResponseRecorder {
			r := httptest.NewRequest(method, path, nil)
			r.Header.Set("Accept-Encoding", "gzip")
			return serveRequest(h, r)
		}
		get, head := answer("GET"), answer("HEAD")
		if get.Header().Get("Content-Encoding") != "gzip" {
			t.Fatalf("GET %s with Accept-Encoding: gzip: Content-Encoding %q, want gzip", path, get.Header().Get("Content-Encoding"))
		}
		if want := strconv.Itoa(get.Body.Len()); get.Header().Get("Content-Length") != want || head.Header().Get("Content-Length") != want {
			t.Errorf("%s in gzip: Content-Length %q in GET and %q in HEAD, want both %s (the bytes sent)", path, get.Header().Get("Content-Length"), head.Header().Get("Content-Length"), want)
		}
		if head.Code != 200 || head.Body.Len() != 0 {
			t.Errorf("HEAD %s in gzip: %d with %d bytes, want 200 and none", path, head.Code, head.Body.Len())
		}
	}
}

func TestTheJSONIsEncodingJSONsWithTwoSpaces(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	rec := do(h, "GET", "/photos")
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type is %q, want application/json; charset=utf-8", ct)
	}
	c, _ := newCatalog(samplePhotos)
	if want := jsonOf(t, photosOf(c)); rec.Body.String() != want {
		t.Errorf("the list is not encoded with two spaces and no escapes:\ngot:\n%s\nwant:\n%s", rec.Body, want)
	}
	for _, s := range []string{"é", "&", "3 < 4"} {
		if !strings.Contains(rec.Body.String(), s) {
			t.Errorf("%q was escaped: the answer should carry it as it is", s)
		}
	}
	if one, want := do(h, "GET", "/photos/1"), jsonOf(t, photosOf(c)[0]); one.Body.String() != want {
		t.Errorf("GET /photos/1 is not encoded like the list:\ngot:\n%s\nwant:\n%s", one.Body, want)
	}
	for _, list := range [][]Photo{nil, {{Title: "\x01 \u2028 <&> \"q\" \\ é", Description: "\t\n"}}, fakeList(t, 20, 5)} {
		c, _ := newCatalog(list)
		if got, want := string(c.List().Plain.Body), jsonOf(t, photosOf(c)); got != want {
			t.Errorf("the list is not what encoding/json writes:\n%s\nwant:\n%s", got, want)
		}
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
		{"/photos/03", 404, ""},
		{"/photos/+3", 404, ""},
		{"/photos/-1", 404, ""},
		{"/photos/1/2", 404, ""},
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

// errorOf is the sentence of an error answer, {"error": "..."}.
func errorOf(rec *httptest.ResponseRecorder) string {
	var e struct{ Error string }
	_ = json.Unmarshal(rec.Body.Bytes(), &e)
	return e.Error
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

func TestErrorsSpeakTheBrowsersLanguage(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	tests := []struct {
		path, acceptLanguage, lang, says string
	}{
		{"/photos/99", "fr-FR,fr;q=0.9,en;q=0.5", "fr", "il n'y a pas de photo avec l'id 99"},
		{"/photos/99", "en-US,en;q=0.9", "en", "there is no photo with id 99"},
		{"/photos/99", "", "en", "there is no photo with id 99"},
		{"/photos/99", "de-DE", "en", "there is no photo with id 99"},
		{"/nothing", "fr", "fr", "il n'y a rien à /nothing"},
		{"/photos?limit=x", "fr-CA", "fr", "limit doit être un nombre entier"},
		{"/photos?Keyword=chien", "fr", "fr", "vouliez-vous dire keyword ?"},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.acceptLanguage, func(t *testing.T) {
			rec := do(h, "GET", tt.path, "Accept-Language", tt.acceptLanguage)
			assertJSONError(t, rec)
			if !strings.Contains(errorOf(rec), tt.says) {
				t.Errorf("Accept-Language %q: the error %q does not say %q", tt.acceptLanguage, errorOf(rec), tt.says)
			}
			if got := rec.Header().Get("Content-Language"); got != tt.lang {
				t.Errorf("Content-Language is %q, want %q", got, tt.lang)
			}
			if !strings.Contains(rec.Header().Get("Vary"), "Accept-Language") {
				t.Errorf("Vary is %q, want Accept-Language in it", rec.Header().Get("Vary"))
			}
		})
	}
	french := do(h, "GET", "/photos", "Accept-Language", "fr")
	if english := do(h, "GET", "/photos"); french.Body.String() != english.Body.String() || french.Header().Get("Content-Language") != "" {
		t.Errorf("the list changed with Accept-Language: only errors speak a language")
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
		{"q ignores accents", "q=SUCREES", []string{"Fraises"}, "1"},
		{"q ignores accents the other way too", "q=banq%C3%BCise", []string{"Morses"}, "1"},
		{"limit keeps the first ones", "limit=2", []string{"Chiot noir", "Carlin"}, "4"},
		{"offset skips the first ones", "offset=3", []string{"Fraises"}, "4"},
		{"offset and limit make a page", "offset=1&limit=2", []string{"Carlin", "Morses"}, "4"},
		{"limit 0 sends none", "limit=0", nil, "4"},
		{"offset past the end sends none", "offset=10", nil, "4"},
		{"filters then a page", "keyword=chien&offset=1", []string{"Carlin"}, "2"},
		{"cache-busters and other words are ignored", "_=12345&callback=x&foo=bar", []string{"Chiot noir", "Carlin", "Morses", "Fraises"}, "4"},
		{"empty values are ignored", "keyword=&limit=", []string{"Chiot noir", "Carlin", "Morses", "Fraises"}, "4"},
		{"json-server's _sort", "_sort=title", []string{"Carlin", "Chiot noir", "Fraises", "Morses"}, "4"},
		{"_sort and _order desc", "_sort=title&_order=desc", []string{"Morses", "Fraises", "Chiot noir", "Carlin"}, "4"},
		{"json-server's _page and _limit", "_page=2&_limit=3", []string{"Fraises"}, "4"},
		{"_start and _end", "_start=1&_end=3", []string{"Carlin", "Morses"}, "4"},
		{"_start and _limit", "_start=2&_limit=1", []string{"Morses"}, "4"},
		{"filter, sort, then a page", "q=un&_sort=title&_page=1&_limit=1", []string{"Carlin"}, "2"},
		{"limit with _sort", "_sort=keyword&limit=2", []string{"Carlin", "Morses"}, "4"},
		{"json-server's filter on a field", "title=Morses", []string{"Morses"}, "1"},
		{"a field filter is exact, as json-server's", "title=morses", nil, "0"},
		{"a field filter with several values", "id=2&id=4", []string{"Carlin", "Fraises"}, "2"},
		{"_like is a pattern, ignoring case", "description_like=^un+c", []string{"Chiot noir", "Carlin"}, "2"},
		{"_ne keeps the others", "keyword_ne=chien", []string{"Carlin", "Morses", "Fraises"}, "3"},
		{"_gte and _lte on numbers", "id_gte=2&id_lte=3", []string{"Carlin", "Morses"}, "2"},
		{"a filter, sorted and paged", "id_gte=2&_sort=title&_order=desc&_limit=1", []string{"Morses"}, "3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, "GET", "/photos?"+tt.query)
			if rec.Code != 200 {
				t.Fatalf("GET /photos?%s answered %d: %s", tt.query, rec.Code, rec.Body)
			}
			if titles := titlesOf(decodeList(t, rec.Body.Bytes())); strings.Join(titles, "|") != strings.Join(tt.titles, "|") {
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
	tests := []struct{ query, says string }{
		{"limit=abc", "limit must be a whole number"},
		{"limit=-1", "limit must be a whole number"},
		{"offset=1.5", "offset must be a whole number"},
		{"offset=99999999999999999999", "offset"},
		{"limit=%zz", "query string is malformed"},
		{"Keyword=chien", `there is no parameter "Keyword": did you mean keyword?`},
		{"keywords=chien", "did you mean keyword?"},
		{"limt=3", "did you mean limit?"},
		{"page=2", "did you mean _page?"},
		{"sort=title", "did you mean _sort?"},
		{"_pgae=2", "did you mean _page?"},
		{"_page=0", "_page must be a whole number, 1 or more"},
		{"_page=abc", "_page must be a whole number, 1 or more"},
		{"_limit=-2", "_limit must be a whole number"},
		{"_page=1&_limit=0", "_limit is the number of photos per page"},
		{"_sort=titel", `_sort: a photo has no field "titel": did you mean title?`},
		{"_sort=colour", "the fields are " + strings.Join(testkit.Schema().Names, ", ")},
		{"titel=Morses", "did you mean title?"},
		{"description_like=(", `description_like: "(" is not a pattern this server understands`},
		{"_sort=title&_order=up", `_order must be asc or desc, not "up"`},
		{"_sort=title&_order=asc,desc", "_order has more values than _sort has fields"},
		{"_order=desc", "_order needs _sort"},
		{"_sort=title&_sort=id", "_sort is given several times"},
		{"offset=1&_start=2", "offset and _start mean the same"},
		{"limit=1&_limit=2", "limit and _limit mean the same"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rec := do(h, "GET", "/photos?"+tt.query)
			if rec.Code != 400 {
				t.Fatalf("GET /photos?%s answered %d, want 400", tt.query, rec.Code)
			}
			assertJSONError(t, rec)
			if !strings.Contains(errorOf(rec), tt.says) {
				t.Errorf("GET /photos?%s: the error %q does not say %q", tt.query, errorOf(rec), tt.says)
			}
			if rec.Header().Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("GET /photos?%s: the 400 has no CORS header: the partner's page could not read why", tt.query)
			}
		})
	}
}

func TestJSONServersPageHasItsLinkHeader(t *testing.T) {
	h := newTestHandler(t, fakeList(t, 14, 1), false)
	tests := []struct{ target, link string }{
		{"/photos?_page=2&_limit=5", `<http://example.com/photos?_page=1&_limit=5>; rel="first", <http://example.com/photos?_page=1&_limit=5>; rel="prev", <http://example.com/photos?_page=3&_limit=5>; rel="next", <http://example.com/photos?_page=3&_limit=5>; rel="last"`},
		{"/photos?_page=1", `<http://example.com/photos?_page=1>; rel="first", <http://example.com/photos?_page=2>; rel="next", <http://example.com/photos?_page=2>; rel="last"`},
		{"/photos?_sort=title&_page=3&_limit=5", `<http://example.com/photos?_sort=title&_page=1&_limit=5>; rel="first", <http://example.com/photos?_sort=title&_page=2&_limit=5>; rel="prev", <http://example.com/photos?_sort=title&_page=3&_limit=5>; rel="last"`},
		{"/photos?_page=1&_limit=14", ""},
		{"/photos?_page=9", ""},
	}
	for _, tt := range tests {
		rec := do(h, "GET", tt.target)
		if got, present := rec.Header()["Link"]; !present || got[0] != tt.link {
			t.Errorf("GET %s: Link is %q, want %q", tt.target, got, tt.link)
		}
		if !strings.Contains(rec.Header().Get("Access-Control-Expose-Headers"), "Link") {
			t.Errorf("GET %s: Link is not exposed to scripts", tt.target)
		}
	}
	if _, present := do(h, "GET", "/photos?_limit=5").Header()["Link"]; present {
		t.Errorf("without _page, there should be no Link header, as with json-server")
	}
}

func TestSortingComparesAsJSONServerWithAccentsBesideTheirLetter(t *testing.T) {
	list := []Photo{{Title: "Méduses"}, {Title: "Zoo"}, {Title: "apple"}, {Title: "Mer"}, {Title: "Éléphant"}, {Title: "Zèbre"}, {Title: "Merle"}, {Title: "Montagne"}, {Title: "canyon"}, {Title: "Mer"}}
	h := newTestHandler(t, list, false)
	rec := do(h, "GET", "/photos?_sort=title")
	got := decodeList(t, rec.Body.Bytes())
	want := "Éléphant Méduses Mer Mer Merle Montagne Zèbre Zoo apple canyon"
	if titles := strings.Join(titlesOf(got), " "); titles != want {
		t.Errorf("_sort=title gave\n%s\nwant (capitals first, as json-server; é beside e):\n%s", titles, want)
	}
	if got[2].ID != 4 || got[3].ID != 10 {
		t.Errorf("two photos with the same title should keep their order: got ids %d then %d", got[2].ID, got[3].ID)
	}
	desc := decodeList(t, do(h, "GET", "/photos?_sort=title&_order=DESC").Body.Bytes())
	if desc[6].ID != 4 || desc[7].ID != 10 {
		t.Errorf("in desc too, equal titles keep their order, as with json-server: got ids %d then %d", desc[6].ID, desc[7].ID)
	}
	byID := decodeList(t, do(h, "GET", "/photos?_sort=id&_order=desc").Body.Bytes())
	if byID[0].ID != 10 || byID[9].ID != 1 {
		t.Errorf("_sort=id compares numbers: got %d first and %d last", byID[0].ID, byID[9].ID)
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
		{"GET", "/photos/", 200},
		{"GET", "/photos?keyword=chien", 200},
		{"GET", "/photos?_page=1&_limit=2", 200},
		{"GET", "/photos/2", 200},
		{"GET", "/healthz", 200},
		{"GET", "/images/1.svg", 200},
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
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "null" || rec.Header().Get("Access-Control-Allow-Credentials") != "true" {
				t.Errorf("%s %s: Access-Control-Allow-Origin is %q, want the page's origin, null, with credentials allowed: the partner's page could not read it", tt.method, tt.path, got)
			}
			if !strings.Contains(rec.Header().Get("Vary"), "Origin") {
				t.Errorf("%s %s: Vary is %q, want Origin in it: the answer depends on the page's origin", tt.method, tt.path, rec.Header().Get("Vary"))
			}
			if got := do(h, tt.method, tt.path).Header().Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("%s %s without an Origin: Access-Control-Allow-Origin is %q, want *", tt.method, tt.path, got)
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
		"Access-Control-Allow-Methods":         "GET",
		"Access-Control-Allow-Headers":         "content-type, x-student",
		"Access-Control-Max-Age":               "86400",
		"Access-Control-Allow-Private-Network": "true",
		"Access-Control-Allow-Origin":          "http://192.168.1.24:8080",
		"Access-Control-Allow-Credentials":     "true",
		"Allow":                                "GET, HEAD, OPTIONS",
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

func TestAPageThatTriesToWriteReadsTheServersOwnSentence(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	for _, m := range []string{"PUT", "PATCH", "DELETE"} {
		pre := do(h, "OPTIONS", "/photos/3", "Origin", "null", "Access-Control-Request-Method", m, "Access-Control-Request-Headers", "content-type")
		if pre.Code != 204 || pre.Header().Get("Access-Control-Allow-Methods") != m {
			t.Errorf("the preflight of %s answered %d with Access-Control-Allow-Methods %q: the browser would stop the request before the server can say why", m, pre.Code, pre.Header().Get("Access-Control-Allow-Methods"))
		}
		rec := do(h, m, "/photos/3", "Origin", "null", "Accept-Language", "fr")
		if rec.Code != 405 || rec.Header().Get("Access-Control-Allow-Origin") != "null" || !strings.Contains(errorOf(rec), "ce serveur ne fait qu'envoyer les photos, avec GET, pas "+m) {
			t.Errorf("%s /photos/3 answered %d, %q, with Access-Control-Allow-Origin %q", m, rec.Code, errorOf(rec), rec.Header().Get("Access-Control-Allow-Origin"))
		}
	}
}

func TestAPhotoWithASlashAfterItsIDIsThePhoto(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	if a, b := do(h, "GET", "/photos/3"), do(h, "GET", "/photos/3/"); b.Code != 200 || a.Body.String() != b.Body.String() {
		t.Errorf("/photos/3/ answered %d:\n%s\nwant what /photos/3 answers", b.Code, b.Body)
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
	c, err := newCatalog(list)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{1, 10, 3} {
		if photosOf(c)[i].ID != want {
			t.Errorf("photo %d (%q) got id %d, want %d", i+1, photosOf(c)[i].Title, photosOf(c)[i].ID, want)
		}
	}
	if list[0].ID != 0 {
		t.Errorf("newCatalog changed the list it was given")
	}
	_, err = newCatalog([]Photo{{Title: "Chiot"}, {Title: "Carlin"}, {Title: "Morse", ID: 2}})
	var dup *catalog.DuplicateIDError
	if !errors.As(err, &dup) || dup.First != 1 || dup.Second != 2 || dup.Titles != [2]string{"Carlin", "Morse"} {
		t.Errorf("two photos with id 2: got %v, want an error naming photos 2 and 3", err)
	}
}

func TestEveryJSONAnswerHasAnETagNoCacheAndGzip(t *testing.T) {
	h := newTestHandler(t, manyPhotos(30), false)
	for _, target := range []string{"/photos", "/photos?keyword=chien", "/photos?_sort=title&_page=1&_limit=20", "/photos/3"} {
		t.Run(target, func(t *testing.T) {
			plain := do(h, "GET", target)
			zipped := do(h, "GET", target, "Accept-Encoding", "gzip, deflate, br")
			if zipped.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(zipped.Header().Get("Vary"), "Accept-Encoding") {
				t.Fatalf("a client that accepts gzip got Content-Encoding %q and Vary %q", zipped.Header().Get("Content-Encoding"), zipped.Header().Get("Vary"))
			}
			zr, err := gzip.NewReader(zipped.Body)
			if err != nil {
				t.Fatal(err)
			}
			if unzipped, _ := io.ReadAll(zr); !bytes.Equal(unzipped, plain.Body.Bytes()) {
				t.Errorf("the gzip answer does not unzip to the plain one")
			}
			etag, zetag := plain.Header().Get("ETag"), zipped.Header().Get("ETag")
			if etag == "" || etag == zetag || !strings.HasPrefix(etag, `"`) {
				t.Fatalf("ETags %q (plain) and %q (gzip) should be strong and different", etag, zetag)
			}
			if plain.Header().Get("Cache-Control") != "no-cache" {
				t.Errorf("Cache-Control is %q, want no-cache so that a refresh sees live edits", plain.Header().Get("Cache-Control"))
			}
			for _, tt := range []struct {
				inm []string
				ae  string
			}{{[]string{etag}, ""}, {[]string{zetag}, "gzip"}, {[]string{`"x", ` + etag}, ""}, {[]string{`"x"`, `W/` + etag}, ""}} {
				header := []string{"Accept-Encoding", tt.ae}
				for _, v := range tt.inm {
					header = append(header, "If-None-Match", v)
				}
				rec := do(h, "GET", target, header...)
				if rec.Code != 304 || rec.Body.Len() != 0 || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
					t.Errorf("If-None-Match %q: answered %d with %d bytes, want an empty 304 with CORS", tt.inm, rec.Code, rec.Body.Len())
				}
				if ce := rec.Header().Get("Content-Encoding"); ce != "" {
					t.Errorf("If-None-Match %q: the empty 304 says Content-Encoding %q", tt.inm, ce)
				}
			}
			if rec := do(h, "GET", target, "If-None-Match", `"old"`); rec.Code != 200 {
				t.Errorf("If-None-Match with an old ETag answered %d, want 200", rec.Code)
			}
		})
	}
}

func TestGzipIsRefusedByAQOfZeroInAnyCase(t *testing.T) {
	h := newTestHandler(t, manyPhotos(30), false)
	for _, ae := range [][]string{{"gzip;q=0"}, {"gzip;Q=0"}, {"GZIP; q=0.000"}, {"br", "gzip;q=0"}} {
		header := []string{}
		for _, v := range ae {
			header = append(header, "Accept-Encoding", v)
		}
		if do(h, "GET", "/photos", header...).Header().Get("Content-Encoding") != "" {
			t.Errorf("Accept-Encoding %q refuses gzip, yet the answer was gzipped", ae)
		}
	}
	if do(h, "GET", "/photos", "Accept-Encoding", "br", "Accept-Encoding", "gzip").Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("gzip on a second Accept-Encoding line was not seen")
	}
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"": false, "gzip": true, "GZIP": true, "deflate, gzip;q=0.5": true, "br, deflate": false,
		"gzip;q=0": false, "gzip; q=0.000": false, "gzip;Q=0": false, "gzip;q=1.0": true, "x-gzip": false, "gzip;q=bad": true,
	} {
		if got := acceptsGzip([]string{header}); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}

func TestAMalformedHostIsRefusedByNetHTTPBeforeAnyHandler(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(newTestHandler(t, samplePhotos, true))
	defer srv.Close()
	status := func(request string) (string, string) {
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := io.WriteString(conn, request); err != nil {
			t.Fatal(err)
		}
		answer, _ := io.ReadAll(conn)
		line, _, _ := strings.Cut(string(answer), "\r\n")
		return line, string(answer)
	}
	for _, host := range []string{"a b", "evil.com/x", "<script>", `a"b`, "a\\b", "\x01x"} {
		if line, _ := status("GET /photos HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"); !strings.HasPrefix(line, "HTTP/1.1 400") {
			t.Errorf("Host %q answered %q, want 400", host, line)
		}
	}
	if line, _ := status("GET /photos HTTP/1.1\r\nConnection: close\r\n\r\n"); !strings.HasPrefix(line, "HTTP/1.1 400") {
		t.Errorf("HTTP/1.1 without a Host answered %q, want 400", line)
	}
	// HTTP/1.0 may send no Host: the urls are at the address the request reached.
	want := `"url": "http://` + srv.Listener.Addr().String() + `/images/1.svg"`
	if line, answer := status("GET /photos HTTP/1.0\r\n\r\n"); !strings.HasPrefix(line, "HTTP/1.0 200") || !strings.Contains(answer, want) {
		t.Errorf("HTTP/1.0 without a Host answered %q, want 200 with %s:\n%s", line, want, answer)
	}
}

func TestIfNoneMatchIsReadAsNetHTTPReadsIt(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	tag := do(h, "GET", "/photos").Header().Get("ETag") // "5e1f" below is this ETag
	for _, tt := range []struct {
		header string
		match  bool
	}{
		{`"5e1f"`, true},
		{`W/"5e1f"`, true},
		{`"a", "5e1f"`, true},
		{`"a,b", "5e1f"`, true},       // a comma inside a quoted ETag
		{`"x,*,y"`, false},            // one ETag that holds a star, not a *
		{`"a, "5e1f"`, false},         // not an ETag: the rest cannot be read
		{`*`, true},                   // any
		{` , ,"5e1f"`, true},          // empty elements
		{`5e1f`, false},               // not quoted
		{`"5e1f`, false},              // not closed
		{`"5e1f-gzip"`, false},        // another form of the body
		{`"a" "5e1f"`, true},          // no comma between them, as net/http reads it too
		{"\"a\tb\", \"5e1f\"", false}, // a tab cannot be in an ETag
	} {
		header := strings.ReplaceAll(tt.header, "5e1f", strings.Trim(tag, `"`))
		if got := do(h, "GET", "/photos", "If-None-Match", header).Code == http.StatusNotModified; got != tt.match {
			t.Errorf("If-None-Match: %s gives a 304 %v, want %v", header, got, tt.match)
		}
	}
}

func TestTheStatusOfAnErrorIsChosenFromItsKindInOnePlace(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		err    error
		status int
	}{
		{&catalog.QueryError{Code: catalog.BadOrder, Value: "up"}, http.StatusBadRequest},
		{fmt.Errorf("reading the query: %w", &catalog.QueryError{Code: catalog.NotWhole, Param: "limit"}), http.StatusBadRequest},
		{&requestError{Code: wrongMethod, What: "PUT"}, http.StatusMethodNotAllowed},
		{&requestError{Code: nothingThere, What: "/x"}, http.StatusNotFound},
		{&requestError{Code: noPhoto, What: "9"}, http.StatusNotFound},
		{&requestError{Code: noPicture, What: "a.jpg"}, http.StatusNotFound},
		{errors.New("an error this server does not know"), http.StatusInternalServerError},
	} {
		rec := httptest.NewRecorder()
		writeError(rec, httptest.NewRequest("GET", "/photos", nil), tt.err)
		var body struct{ Error string }
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != tt.status || body.Error != lang.Say(en, tt.err) {
			t.Errorf("%v: answered %d %q, want %d with its sentence", tt.err, rec.Code, rec.Body, tt.status)
		}
	}
}

func TestTheListIsServedByServeContentWithRangesAndHEAD(t *testing.T) {
	t.Parallel()
	h := newTestHandler(t, samplePhotos, false)
	whole := do(h, "GET", "/photos").Body.String()
	for _, tt := range []struct{ ranges, want string }{
		{"bytes=0-9", whole[:10]}, // a range that stops before the end: copied
		{"bytes=10-", whole[10:]}, // to the end: one write of the bytes
		{"bytes=-5", whole[len(whole)-5:]},
	} {
		rec := do(h, "GET", "/photos", "Range", tt.ranges)
		if rec.Code != http.StatusPartialContent || rec.Body.String() != tt.want {
			t.Errorf("Range %s answered %d %q, want 206 %q", tt.ranges, rec.Code, rec.Body, tt.want)
		}
	}
	head := do(h, "HEAD", "/photos")
	if head.Code != 200 || head.Body.Len() != 0 || head.Header().Get("Content-Length") != strconv.Itoa(len(whole)) || head.Header().Get("ETag") == "" {
		t.Errorf("HEAD answered %d with %d bytes, Content-Length %q, ETag %q: want 200, no body, the list's length and its ETag",
			head.Code, head.Body.Len(), head.Header().Get("Content-Length"), head.Header().Get("ETag"))
	}
}
