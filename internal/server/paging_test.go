package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"photoserver/internal/catalog"
	"photoserver/internal/testkit"
)

// json-server 1's parameters over HTTP: the paging object, its headers, the Link header
// that no longer claims a _per_page it did not use, and the 400s of a mix.

// pagingObject is json-server 1's answer to _page with _per_page.
type pagingObject struct {
	First, Last, Pages, Items int
	Prev, Next                *int
	Data                      []Photo
}

func decodePaging(t *testing.T, body []byte) pagingObject {
	t.Helper()
	var obj pagingObject
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &obj); err != nil || json.Unmarshal(body, &fields) != nil || len(fields) != 7 || fields["data"] == nil {
		t.Fatalf("the answer is not json-server 1's object (first, prev, next, last, pages, items, data): %v\n%s", err, body)
	}
	return obj
}

func TestPerPageWithPageAnswersJSONServer1sObject(t *testing.T) {
	h := newTestHandler(t, fakeList(t, 14, 1), false)
	rec := do(h, "GET", "/photos?_page=2&_per_page=5")
	if rec.Code != 200 {
		t.Fatalf("GET /photos?_page=2&_per_page=5 answered %d: %s", rec.Code, rec.Body)
	}
	obj := decodePaging(t, rec.Body.Bytes())
	if obj.First != 1 || *obj.Prev != 1 || *obj.Next != 3 || obj.Last != 3 || obj.Pages != 3 || obj.Items != 14 || len(obj.Data) != 5 || obj.Data[0].ID != 6 || obj.Data[4].ID != 10 {
		t.Errorf("page 2 of 5 photos out of 14 is %+v", obj)
	}
	if !strings.Contains(rec.Body.String(), "\n  \"prev\": 1,\n  \"next\": 3,\n") || !strings.Contains(rec.Body.String(), "\n  \"data\": [\n    {\n      \"id\": 6,\n") {
		t.Errorf("the object is not indented with two spaces, as every answer:\n%s", rec.Body)
	}
	if _, present := rec.Header()["Link"]; present {
		t.Errorf("the object holds the pages: no Link header, as json-server 1 (got %q)", rec.Header()["Link"])
	}
	if got := rec.Header().Get("X-Total-Count"); got != "14" {
		t.Errorf("X-Total-Count is %q, want 14", got)
	}
	if rec.Header().Get("Etag") == "" || rec.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("the object has no ETag or no Cache-Control: %v", rec.Header())
	}
	zipped := do(h, "GET", "/photos?_page=2&_per_page=5", "Accept-Encoding", "gzip")
	zr, err := gzip.NewReader(zipped.Body)
	if err != nil {
		t.Fatal(err)
	}
	if plain, _ := io.ReadAll(zr); !bytes.Equal(plain, rec.Body.Bytes()) {
		t.Errorf("gzipped, the object is other bytes")
	}
	if head := do(h, "HEAD", "/photos?_page=2&_per_page=5"); head.Header().Get("Content-Length") != rec.Header().Get("Content-Length") {
		t.Errorf("HEAD: Content-Length %q, want %q", head.Header().Get("Content-Length"), rec.Header().Get("Content-Length"))
	}
	if again := do(h, "GET", "/photos?_page=2&_per_page=5", "If-None-Match", rec.Header().Get("Etag")); again.Code != 304 {
		t.Errorf("If-None-Match with the object's ETag answered %d, want 304", again.Code)
	}

	last := decodePaging(t, do(h, "GET", "/photos?_page=7&_per_page=5").Body.Bytes())
	if last.Prev == nil || *last.Prev != 2 || last.Next != nil || len(last.Data) != 4 || last.Data[0].ID != 11 {
		t.Errorf("a page past the last sends the last, as json-server 1: got %+v", last)
	}
	none := do(h, "GET", "/photos?keyword=nope&_page=1&_per_page=5")
	if obj := decodePaging(t, none.Body.Bytes()); obj.Pages != 1 || obj.Items != 0 || obj.Prev != nil || obj.Next != nil || obj.Data == nil || len(obj.Data) != 0 {
		t.Errorf("no photo is one empty page, as json-server 1: got %+v\n%s", obj, none.Body)
	}
	sorted := decodePaging(t, do(h, "GET", "/photos?_sort=-id&id:lte=12&_page=1&_per_page=3").Body.Bytes())
	if sorted.Items != 12 || sorted.Data[0].ID != 12 || sorted.Data[2].ID != 10 {
		t.Errorf("filtered, sorted and paged: got %+v", sorted)
	}
}

func TestTheLinkHeaderNoLongerClaimsAPerPageItDidNotUse(t *testing.T) {
	h := newTestHandler(t, fakeList(t, 14, 1), false)
	whole := do(h, "GET", "/photos")
	for _, target := range []string{"/photos?_per_page=5", "/photos?_per_page=5&_sort=id", "/photos?_per_page=5&keyword="} {
		rec := do(h, "GET", target)
		if _, present := rec.Header()["Link"]; present {
			t.Errorf("GET %s: Link %q, for a _per_page that json-server 1 ignores without _page", target, rec.Header()["Link"])
		}
		if !bytes.Equal(rec.Body.Bytes(), whole.Body.Bytes()) {
			t.Errorf("GET %s: _per_page without _page sends the whole list, as json-server 1; got\n%.300s", target, rec.Body)
		}
	}
	for _, target := range []string{"/photos?_per_page=5&_page=2", "/photos?_page=2&_per_page=5&_=123"} {
		rec := do(h, "GET", target)
		if link, present := rec.Header()["Link"]; present {
			t.Errorf("GET %s: Link %q; the object holds the pages", target, link)
		}
		if obj := decodePaging(t, rec.Body.Bytes()); len(obj.Data) != 5 || obj.Data[0].ID != 6 {
			t.Errorf("GET %s: _per_page was not used: %+v", target, obj)
		}
	}
	// json-server 0.17's Link is still there for its own _page.
	if link := do(h, "GET", "/photos?_page=2&_limit=5").Header().Get("Link"); !strings.Contains(link, "_page=3&_limit=5>; rel=\"next\"") || strings.Contains(link, "_per_page") {
		t.Errorf("0.17's _page lost its Link: %q", link)
	}
}

func TestMixingJSONServer017And1IsA400ThatSaysToKeepOne(t *testing.T) {
	h := newTestHandler(t, samplePhotos, false)
	tests := []struct{ query, says, fr string }{
		{"_page=2&_per_page=5&_limit=5", "_limit and _per_page are two ways of paging that do not mix: keep only one of them",
			"_limit et _per_page sont deux façons de découper en pages qui ne se mélangent pas : n'en gardez qu'une"},
		{"_per_page=5&_start=2", "_start and _per_page are two ways of paging", "_start et _per_page"},
		{"_page=1&_per_page=5&offset=2", "offset and _per_page", "offset et _per_page"},
		{"_sort=-title&_order=desc", "_order and the - in _sort=-title both say which way to sort: keep only one of them, such as _sort=-title, or _sort=title&_order=desc",
			"_order et le - de _sort=-title disent tous deux dans quel sens trier : n'en gardez qu'un, comme _sort=-title, ou _sort=title&_order=desc"},
		{"_page=1&_per_page=0", "_per_page must be a whole number, 1 or more, such as _per_page=10, not 0", "_per_page doit être un nombre entier, 1 ou plus"},
		{"title:like=ch", `title:like: "like" is not an operator of json-server: write one of eq, ne, lt, lte, gt, gte, in, contains, startsWith, endsWith after the colon`,
			"title:like : « like » n'est pas un opérateur de json-server : écrivez l'un de ceux-ci après les deux-points : eq, ne"},
		{"id:gte=trois", `id:gte compares numbers, as id is a number: write one, such as id:gte=5, not "trois"`,
			"id:gte compare des nombres, car id est un nombre : écrivez-en un, comme id:gte=5, pas « trois »"},
		{"views:gt=100", `views:gt: a photo has no field "views": the fields are id, url, title, description, keyword`,
			"views:gt : une photo n'a pas de champ « views » : les champs sont id, url"},
		{"_sort=-", "_sort: write a field's name after the -, such as _sort=-title", "_sort : écrivez le nom d'un champ après le -, comme _sort=-title"},
	}
	for _, tt := range tests {
		for _, l := range []struct{ accept, says string }{{"en", tt.says}, {"fr", tt.fr}} {
			rec := do(h, "GET", "/photos?"+tt.query, "Accept-Language", l.accept)
			if rec.Code != 400 {
				t.Errorf("GET /photos?%s answered %d, want 400", tt.query, rec.Code)
				continue
			}
			assertJSONError(t, rec)
			if !strings.Contains(errorOf(rec), l.says) {
				t.Errorf("GET /photos?%s in %s: the error %q does not say %q", tt.query, l.accept, errorOf(rec), l.says)
			}
		}
	}
}

func TestTheObjectIsWrittenInPiecesWhenBigAndSeenFromTheHostOffline(t *testing.T) {
	h := newTestHandler(t, manyPhotos(8000), true)
	rec := do(h, "GET", "http://192.168.1.23:9000/photos?_page=1&_per_page=6000")
	if rec.Code != 200 || rec.Body.Len() < 1<<20 {
		t.Fatalf("answered %d with %d bytes, want a 200 over 1 MiB", rec.Code, rec.Body.Len())
	}
	if rec.Header().Get("Etag") != "" || rec.Header().Get("Content-Length") != strconv.Itoa(rec.Body.Len()) {
		t.Errorf("a big answer is written in pieces, without ETag, with its length: %v", rec.Header())
	}
	obj := decodePaging(t, rec.Body.Bytes())
	if len(obj.Data) != 6000 || *obj.Next != 2 || obj.Items != 8000 || obj.Data[5999].URL != "http://192.168.1.23:9000/images/6000.svg" {
		t.Errorf("got %d photos, next %v, items %d, last url %q", len(obj.Data), obj.Next, obj.Items, obj.Data[len(obj.Data)-1].URL)
	}
}

func TestPageLinksOfHugeNumbersAndOfOnePageThatHoldsAll(t *testing.T) {
	t.Parallel()
	c, _ := newCatalog(testkit.SamplePhotos)
	link := func(target string, total int) string {
		r := httptest.NewRequest("GET", target, nil)
		r.Host = "h"
		q, err := catalog.ParseQuery(c.Schema(), r.URL.RawQuery)
		if err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		return pageLinks(r, q, total) // a panic here is the bug
	}
	for _, raw := range []string{"_page=99999999999&_limit=99999999999", "_page=2&_limit=9223372036854775807", "_page=9223372036854775807&_limit=2", "_page=1&_limit=9223372036854775807"} {
		link("/photos?"+raw, 4)
	}
	if got := link("/photos?_page=1&_limit=9223372036854775807", 4); got != "" {
		t.Errorf("one page that holds the whole list has no Link, got %q", got)
	}
	if got, want := link("/photos?_page=2&_limit=3", 4), `<http://h/photos?_page=1&_limit=3>; rel="first", <http://h/photos?_page=1&_limit=3>; rel="prev", <http://h/photos?_page=2&_limit=3>; rel="last"`; got != want {
		t.Errorf("Link is %s, want %s", got, want)
	}
}
