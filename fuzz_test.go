package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// Fuzz targets: CI runs each briefly (-fuzztime); the seeds below and those in
// testdata/fuzz run with every go test. Nothing they find may panic.

func FuzzParseListQuery(f *testing.F) {
	for _, seed := range []string{"", "keyword=chien", "q=mer&limit=5&offset=2", "limit=-1", "offset=1e9", "limit=%zz",
		"a=1;b=2", "_=123&keyword=", "limit=99999999999999999999", "q=%C3%A9t%C3%A9", "keyword=a&keyword=b"} {
		f.Add(seed)
	}
	h := newTestHandler(f, samplePhotos, false)
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := parseListQuery(raw)
		if err == nil && (q.limit < -1 || q.offset < 0) {
			t.Errorf("parseListQuery(%q) = %+v: a negative limit or offset got through", raw, q)
		}
		r := httptestRequest("GET", "/photos")
		r.URL.RawQuery = raw
		rec := serveRequest(h, r)
		switch {
		case rec.Code == http.StatusOK:
			var list []Photo
			if json.Unmarshal(rec.Body.Bytes(), &list) != nil {
				t.Errorf("?%s answered 200 with a body that is not a list of photos", raw)
			}
		case rec.Code == http.StatusBadRequest && err != nil:
			assertJSONError(t, rec)
		default:
			t.Errorf("?%s answered %d (parse error: %v)", raw, rec.Code, err)
		}
	})
}

func FuzzDecodePhotos(f *testing.F) {
	for _, seed := range []string{
		`[{"id": 1, "title": "a", "url": "u", "description": "d", "keyword": "k"}]`,
		`{"photos": [{"title": "a"}, {"title": "b", "id": 1}]}`,
		`[{"title": "a",}]`, `[{"descripton": "x"}]`, `[1, "a", null]`, `[{"id": "1"}]`, `[{"id": 1.5}]`,
		`{"photos": 3}`, `[`, "", `[{"title": "\u00e9\n"}]`, `[{"id": -4}, {"id": 0}]`, `{"a": [], "photos": []}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		list, warnings, err := decodePhotos("photos.json", content)
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, "photos.json") || strings.Contains(msg, "\n") {
				t.Errorf("the error %q should name the file, on one line", msg)
			}
			return
		}
		for _, w := range warnings {
			if !strings.HasPrefix(w, "photos.json line ") {
				t.Errorf("the warning %q does not give the file and the line", w)
			}
		}
		again, _, err := decodePhotos("photos.json", encode(list).plain.body)
		if err != nil || len(again) != len(list) {
			t.Fatalf("what was read does not read back once served: %v", err)
		}
		for i := range list {
			if again[i] != list[i] {
				t.Errorf("photo %d changed when served and read back: %+v, then %+v", i+1, list[i], again[i])
			}
		}
	})
}
