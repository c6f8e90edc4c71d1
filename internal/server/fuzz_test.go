//go:build integration

package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"photoserver/internal/catalog"
	"photoserver/internal/testkit"
	"testing"
)

// Fuzz targets: CI runs each briefly (make fuzz); their seeds and the corpus in
// testdata/fuzz run with every go test -tags integration. Nothing they find may panic.

func FuzzParseListQuery(f *testing.F) {
	for _, seed := range []string{"", "keyword=chien", "q=mer&limit=5&offset=2", "limit=-1", "offset=1e9", "limit=%zz",
		"a=1;b=2", "_=123&keyword=", "limit=99999999999999999999", "q=%C3%A9t%C3%A9", "keyword=a&keyword=b",
		"_page=2&_limit=5", "_sort=title,id&_order=desc,asc", "_start=3&_end=1", "Keyword=x", "_sort=titel",
		"_page=2&_per_page=3", "_per_page=3", "_sort=-title,id", "id:gt=2&title:contains=a", "keyword:in=chien,fruit&_page=9&_per_page=1"} {
		f.Add(seed)
	}
	h := newTestHandler(f, samplePhotos, false)
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := catalog.ParseQuery(testkit.Schema(), raw)
		if err == nil && (q.Limit < -1 || q.Start < 0 || q.End < -1 || q.Page < 0 || q.PerPage < 0) {
			t.Errorf("catalog.ParseQuery(%q) = %+v: a negative number got through", raw, q)
		}
		r := httptest.NewRequest("GET", "/photos", nil)
		r.URL.RawQuery = raw
		rec := serveRequest(h, r)
		switch {
		case rec.Code == http.StatusOK && q.PerPage > 0:
			var page struct{ Data []Photo }
			if json.Unmarshal(rec.Body.Bytes(), &page) != nil || page.Data == nil {
				t.Errorf("?%s answered 200 with a body that is not json-server 1's object of photos", raw)
			}
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
