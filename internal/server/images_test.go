package server

import (
	"encoding/xml"
	"io"
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
	for _, path := range []string{"/images/99.svg", "/images/abc.svg", "/images/1.png", "/images/1", "/images/03.svg", "/images/+3.svg"} {
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
