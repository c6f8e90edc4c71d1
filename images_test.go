package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// svgTexts parses an SVG and returns the text of its <text> elements, failing the
// test when it is not well-formed XML.
func svgTexts(t *testing.T, svg string) (texts []string, elements []string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = true
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return texts, elements
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			elements = append(elements, tok.Name.Local)
			inText = tok.Name.Local == "text"
			if inText {
				texts = append(texts, "")
			}
		case xml.CharData:
			if inText {
				texts[len(texts)-1] += string(tok)
			}
		case xml.EndElement:
			inText = false
		}
	}
}

func TestTheServerDrawsAPictureForEachPhoto(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	rec := do(h, "GET", "/images/3.svg")
	if rec.Code != 200 {
		t.Fatalf("GET /images/3.svg answered %d", rec.Code)
	}
	want := map[string]string{
		"Content-Type":                "image/svg+xml",
		"Access-Control-Allow-Origin": "*",
		"X-Content-Type-Options":      "nosniff",
	}
	for k, v := range want {
		if got := rec.Header().Get(k); got != v {
			t.Errorf("%s is %q, want %q", k, got, v)
		}
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script") {
		t.Errorf("Content-Security-Policy %q should allow no script", csp)
	}
	svg := rec.Body.String()
	if !strings.Contains(svg, `width="640" height="480"`) {
		t.Errorf("the picture is not 640x480:\n%s", svg)
	}
	texts, _ := svgTexts(t, svg)
	if got := strings.Join(texts, "|"); !strings.Contains(got, "Morses") || !strings.Contains(got, "#animal") {
		t.Errorf("the picture shows %q, want the title Morses and the keyword #animal", got)
	}
	etag := rec.Header().Get("ETag")
	if again := do(h, "GET", "/images/3.svg", "If-None-Match", etag); etag == "" || again.Code != 304 || again.Body.Len() != 0 {
		t.Errorf("If-None-Match %s answered %d, want an empty 304", etag, again.Code)
	}
	if do(h, "GET", "/images/3.svg").Body.String() != svg {
		t.Errorf("the same photo got two different pictures")
	}
	if bg := func(id string) string {
		s := do(h, "GET", "/images/"+id+".svg").Body.String()
		return s[strings.Index(s, "stop-color"):][:30]
	}; bg("1") == bg("2") && bg("2") == bg("3") {
		t.Errorf("photos 1, 2 and 3 have the same background: it should come from the photo")
	}
	for _, path := range []string{"/images/99.svg", "/images/abc.svg", "/images/1.png", "/images/1"} {
		rec := do(h, "GET", path)
		if rec.Code != 404 || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("GET %s answered %d, want 404 with CORS", path, rec.Code)
		}
		assertJSONError(t, rec)
	}
}

func TestTextsInThePictureStayText(t *testing.T) {
	evil := `<script>alert(1)</script> & "x"`
	h := newTestHandler(t, []Photo{{Title: evil, Keyword: "a<b>&\x01\"'", URL: "https://e.org/1"}}, false)
	svg := do(h, "GET", "/images/1.svg").Body.String()
	texts, elements := svgTexts(t, svg)
	for _, e := range elements {
		if e == "script" {
			t.Errorf("the title became a <script> element:\n%s", svg)
		}
	}
	if got := strings.Join(texts, " "); !strings.Contains(got, evil) || !strings.Contains(got, `#a<b>&"'`) {
		t.Errorf("the picture shows %q, want the title %q and the keyword as text", got, evil)
	}
}

func TestLongTitlesAreWrappedAndCut(t *testing.T) {
	long := strings.Repeat("Une très longue phrase inventée ", 10)
	texts, _ := svgTexts(t, string(drawPhoto(Photo{ID: 1, Title: long, Keyword: strings.Repeat("k", 100)})))
	if len(texts) != 5 { // three lines of title, the keyword, the photo number
		t.Fatalf("got %d texts, want 3 title lines, the keyword and the number: %q", len(texts), texts)
	}
	for _, line := range texts {
		if n := len([]rune(line)); n > 45 {
			t.Errorf("the line %q is %d characters long: it does not fit in 640 pixels", line, n)
		}
	}
}

func TestOfflineURLsPointToTheServerSeenFromTheRequest(t *testing.T) {
	h := newTestHandler(t, samplePhotos, true)
	tests := []struct{ target, want string }{
		{"http://192.168.1.23:9000/photos", "http://192.168.1.23:9000/images/1.svg"},
		{"http://localhost:9000/photos", "http://localhost:9000/images/1.svg"},
		{"http://my-pc.lan/photos?keyword=chien", "http://my-pc.lan/images/1.svg"},
		{"http://[::1]:9000/photos/1", "http://[::1]:9000/images/1.svg"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := do(h, "GET", tt.target)
			if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"url": "`+tt.want+`"`) {
				t.Errorf("GET %s answered %d, want the url %s:\n%s", tt.target, rec.Code, tt.want, rec.Body)
			}
		})
	}
	for _, host := range []string{"bad_host:9000", "host:99999", "a..b"} {
		r := httptestRequest("GET", "/photos")
		r.Host = host
		rec := serveRequest(h, r)
		if rec.Code != 400 || rec.Header().Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("Host %q answered %d, want 400 with CORS", host, rec.Code)
		}
		assertJSONError(t, rec)
	}
}

func TestOfflineKeepsTheEncodingOfAFewHostsOnly(t *testing.T) {
	c, err := newCatalog(samplePhotos, true)
	if err != nil {
		t.Fatal(err)
	}
	var st store
	st.replace(c)
	h := newHandler(&st, newRequestLog(io.Discard))
	for i := range 3 * maxHostViews {
		host := fmt.Sprintf("10.0.0.%d:9000", i)
		rec := do(h, "GET", "http://"+host+"/photos")
		if !strings.Contains(rec.Body.String(), "http://"+host+"/images/4.svg") {
			t.Fatalf("host %s got the urls of another host", host)
		}
		if again := do(h, "GET", "http://"+host+"/photos"); again.Body.String() != rec.Body.String() {
			t.Fatalf("host %s got two different lists", host)
		}
	}
	if n := len(c.hosts); n > maxHostViews {
		t.Errorf("%d hosts are kept, want at most %d", n, maxHostViews)
	}
	if first := c.view("a:1"); c.view("a:1") != first {
		t.Errorf("the same host is encoded again instead of reusing its encoding")
	}
}

func TestOfflineWorksWithFakerAndADataFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	for _, args := range [][]string{{"-offline", "-fake", "3", "-seed", "1"}, {"-offline", "-data", path}, {"-offline"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			base, stdout, _, _ := startRun(t, args...)
			if !strings.Contains(stdout.String(), "Offline mode") {
				t.Errorf("the banner does not say offline mode is on:\n%s", stdout)
			}
			for i, p := range fetchPhotosFrom(t, base) {
				if want := fmt.Sprintf("%s/images/%d.svg", base, p.ID); p.URL != want {
					t.Errorf("%s has url %s, want %s", name(i, p), p.URL, want)
				}
				resp, err := http.Get(p.URL)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Errorf("%s: its picture answered %d", name(i, p), resp.StatusCode)
				}
			}
		})
	}
	if got := fmt.Sprint(decodeTitles(t, path)); got != "[un deux]" || strings.Contains(readFile(t, path), "/images/") {
		t.Errorf("offline mode changed the data file")
	}
}
