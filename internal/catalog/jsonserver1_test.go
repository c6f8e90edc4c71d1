package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

// json-server 1's parameters: _page with _per_page, _sort=-field, field:op filters.

// extraPhoto is a Photo to which a student added a number, a true or false and a list.
type extraPhoto struct {
	ID          int      `json:"id"`
	URL         string   `json:"url"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Keyword     string   `json:"keyword"`
	Likes       float64  `json:"likes"`
	Seen        bool     `json:"seen"`
	Tags        []string `json:"tags"`
}

var extraPhotos = []extraPhoto{
	{Title: "Sleepy dog", Keyword: "dog", Likes: 5, Seen: true, Tags: []string{"a"}},
	{Title: "apple tree", Keyword: "fruit", Likes: 0},
	{Title: "Zebra", Keyword: "", Likes: 12, Seen: true},
	{Title: "Éléphant", Keyword: "animal", Likes: 3},
	{Title: "eagle", Keyword: "", Likes: 3, Seen: true},
	{Title: "Black cat", Keyword: "cat", Likes: -1.5},
}

func extraCatalog(t *testing.T) *Catalog {
	t.Helper()
	code, err := photo.CodeOf(extraPhotos, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(code.Schema, code.List())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// idsOf runs raw on c and returns the ids it sends, in order, with the total.
func idsOf(t *testing.T, c *Catalog, raw string) ([]int, int) {
	t.Helper()
	q, err := ParseQuery(c.Schema(), raw)
	if err != nil {
		t.Fatalf("ParseQuery(%q): %v", raw, err)
	}
	chosen, total := c.Match(q)
	ids := []int{}
	for _, i := range chosen {
		ids = append(ids, c.Photos()[i].ID)
	}
	return ids, total
}

func TestJSONServer1ParametersAreRead(t *testing.T) {
	s := testkit.Schema()
	tests := []struct {
		raw           string
		page, perPage int
		v1            bool
		sort          []SortKey
		ops           []string
	}{
		{raw: "_page=2&_per_page=5", page: 2, perPage: 5, v1: true},
		{raw: "_per_page=5", v1: true}, // without _page, json-server 1 sends the whole list
		{raw: "_per_page=", v1: false}, // empty, as every empty number: not given
		{raw: "_page=2", page: 2},
		{raw: "_sort=-title", v1: true, sort: []SortKey{{2, true}}},
		{raw: "_sort=keyword,-id", v1: true, sort: []SortKey{{4, false}, {0, true}}},
		{raw: "_sort=title", sort: []SortKey{{2, false}}},
		{raw: "_sort=title&_page=1&_per_page=2", page: 1, perPage: 2, v1: true, sort: []SortKey{{2, false}}},
		{raw: "_sort=title&_order=desc&_page=1&_per_page=2", page: 1, perPage: 2, v1: true, sort: []SortKey{{2, true}}},
		{raw: "id:gt=2&title:contains=a", v1: true, ops: []string{":gt", ":contains"}},
		{raw: "id_gte=2&title=x", ops: []string{"_gte", ""}},
		{raw: "_=1&t:x=1", v1: false}, // a colon in an unknown parameter: still ignored
	}
	for _, tt := range tests {
		q, err := ParseQuery(s, tt.raw)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.raw, err)
			continue
		}
		var ops []string
		for _, f := range q.Filters {
			ops = append(ops, f.Op)
		}
		if q.Page != tt.page || q.PerPage != tt.perPage || q.V1 != tt.v1 || fmt.Sprint(q.Sort) != fmt.Sprint(tt.sort) || fmt.Sprint(ops) != fmt.Sprint(tt.ops) {
			t.Errorf("ParseQuery(%q) = page %d, per page %d, v1 %t, sort %v, filters %v; want %d, %d, %t, %v, %v",
				tt.raw, q.Page, q.PerPage, q.V1, q.Sort, ops, tt.page, tt.perPage, tt.v1, tt.sort, tt.ops)
		}
	}
}

func TestJSONServer1MistakesAreSaidWithWhatToWrite(t *testing.T) {
	code, _ := photo.CodeOf(extraPhotos, nil)
	tests := []struct{ raw, says string }{
		{"_page=1&_per_page=0", "_per_page must be a whole number, 1 or more, such as _per_page=10, not 0"},
		{"_page=1&_per_page=-2", "_per_page must be a whole number, 1 or more"},
		{"_page=1&_per_page=2.5", "_per_page must be a whole number"},
		{"_per_page=abc", "_per_page must be a whole number"}, // even without _page: malformed
		{"_page=0&_per_page=5", "_page must be a whole number, 1 or more"},
		{"_page=1&_per_page=5&_per_page=6", "_per_page is given several times"},
		{"_page=1&_per_page=5&_limit=5", "_limit and _per_page are two ways of paging that do not mix: keep only one of them"},
		{"_per_page=5&limit=5", "limit and _per_page are two ways"},
		{"_page=2&_per_page=5&_start=3", "_start and _per_page are two ways"},
		{"_per_page=5&offset=3", "offset and _per_page are two ways"},
		{"_per_page=5&_end=3", "_end and _per_page are two ways"},
		{"_per_pag=5", "did you mean _per_page?"},
		{"per_page=5", "did you mean _per_page?"},
		{"_sort=-title&_order=asc", "_order and the - in _sort=-title both say which way to sort: keep only one of them, such as _sort=-title, or _sort=title&_order=desc"},
		{"_sort=keyword,-likes&_order=desc", "such as _sort=-likes, or _sort=likes&_order=desc"},
		{"_sort=-", "_sort: write a field's name after the -, such as _sort=-title"},
		{"_sort=title,-", "write a field's name after the -"},
		{"_sort=-titel", `_sort: a photo has no field "titel": did you mean title?`},
		{"_sort=--title", `_sort: a photo has no field "-title"`},
		{"titel:gt=a", `titel:gt: a photo has no field "titel": did you mean title?`},
		{"views:gt=100", `views:gt: a photo has no field "views": the fields are id, url, title, description, keyword, likes, seen, tags`},
		{"title:like=a", `title:like: "like" is not an operator of json-server: write one of eq, ne, lt, lte, gt, gte, in, contains, startsWith, endsWith after the colon`},
		{"title:startswith=a", `did you mean title:startsWith?`},
		{"title:=a", `title:: "" is not an operator of json-server`},
		{"id:gt=abc", `id:gt compares numbers, as id is a number: write one, such as id:gt=5, not "abc"`},
		{"likes:lte=", `likes:lte compares numbers, as likes is a number: write one, such as likes:lte=5, not ""`},
		{"likes:eq=Infinity", `likes:eq compares numbers`},
		{"likes:ne=NaN", `likes:ne compares numbers`},
		{"id:in=1,x,3", `id:in compares numbers, as id is a number: write one, such as id:in=1,2,3, not "x"`},
		{"seen:eq=yes", `seen:eq compares true or false, as seen is true or false: write seen:eq=true or seen:eq=false, not "yes"`},
		{"seen:ne=True", `write seen:ne=true or seen:ne=false, not "True"`},
	}
	for _, tt := range tests {
		_, err := ParseQuery(code.Schema, tt.raw)
		if err == nil || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("ParseQuery(%q) = %v, want an error that says %q", tt.raw, err, tt.says)
		}
	}
}

func TestJSONServer1FiltersCompareAsItDoes(t *testing.T) {
	c := extraCatalog(t)
	tests := []struct {
		raw  string
		want []int
	}{
		// Numbers, as json-server 1 (checked with 1.0.0-beta.15 on these photos).
		{"id:gt=3", []int{4, 5, 6}},
		{"id:gte=3", []int{3, 4, 5, 6}},
		{"id:lt=3", []int{1, 2}},
		{"likes:gt=2", []int{1, 3, 4, 5}},
		{"likes:gte=3&likes:lte=5", []int{1, 4, 5}},
		{"likes:ne=3", []int{1, 2, 3, 6}},
		{"likes:eq=-1.5", []int{6}},
		{"likes:lt= 0 ", []int{6}}, // spaces around a number, as JavaScript's Number()
		{"likes:in=0,3", []int{2, 4, 5}},
		{"id:in=1, 6", []int{1, 6}},
		{"id:eq=3", []int{3}}, // json-server 1: none, its ids being texts
		// Texts: exact, by character codes.
		{"title:gt=S", []int{1, 2, 3, 4, 5}},
		{"title:lt=b", []int{1, 2, 3, 6}},
		{"title:gte=Z", []int{2, 3, 4, 5}},
		{"title:eq=Zebra", []int{3}},
		{"title:eq=zebra", []int{}},
		{"keyword:ne=dog", []int{2, 3, 4, 5, 6}},
		{"keyword:eq=", []int{3, 5}},
		{"keyword:lt=b", []int{3, 4, 5}},
		{"title:gt=", []int{1, 2, 3, 4, 5, 6}},
		{"keyword:in=dog,cat", []int{1, 6}},
		{"keyword:in=dog,", []int{1, 3, 5}},
		// contains, startsWith, endsWith: in small letters, as json-server 1.
		{"title:contains=A", []int{2, 3, 4, 5, 6}},
		{"title:startsWith=s", []int{1}},
		{"title:endsWith=T", []int{4, 6}},
		{"title:contains=é", []int{4}},
		{"title:contains=e&title:contains=a", []int{2, 3, 5}}, // é is not e, as in json-server 1,
		{"id:startsWith=1", []int{1}},                         // in the text of a number too
		// Several values: each is a condition (json-server 1 keeps only the last).
		{"keyword:ne=dog&keyword:ne=cat", []int{2, 3, 4, 5}},
		{"id:gt=2&id:gt=4", []int{5, 6}},
		{"title:eq=Zebra&title:eq=eagle", []int{}},
		// true or false.
		{"seen:eq=true", []int{1, 3, 5}},
		{"seen:ne=true", []int{2, 4, 6}},
		{"seen:lt=true", []int{2, 4, 6}},
		// A list compares as its text, as 0.17's filters do.
		{"tags:eq=[a]", []int{1}},
		// With 0.17's filters and this server's, all at once.
		{"id:gte=2&keyword_ne=fruit&q=a", []int{3, 4, 5, 6}},
	}
	for _, tt := range tests {
		if got, total := idsOf(t, c, tt.raw); !slices.Equal(got, tt.want) || total != len(tt.want) {
			t.Errorf("?%s kept %v (%d), want %v", tt.raw, got, total, tt.want)
		}
	}
}

func TestJSONServer1SortsAsItDoes(t *testing.T) {
	c := extraCatalog(t)
	tests := []struct {
		raw  string
		want []int
	}{
		// Checked with json-server 1.0.0-beta.15 on these photos (ids aside: its ids are
		// texts, and "10" sorts before "2" there).
		{"_sort=-title", []int{3, 1, 4, 5, 6, 2}},
		{"_sort=title&_page=1&_per_page=6", []int{2, 6, 5, 4, 1, 3}},    // alphabetical whatever the case
		{"_sort=-keyword", []int{3, 5, 2, 1, 6, 4}},                     // an empty text first in desc
		{"_sort=keyword&_page=1&_per_page=10", []int{4, 6, 1, 2, 3, 5}}, // and last in asc
		{"_sort=likes,-id", []int{6, 2, 5, 4, 1, 3}},
		{"_sort=-likes", []int{3, 1, 4, 5, 2, 6}}, // equals keep their order, in desc too
		{"_sort=-seen", []int{2, 4, 6, 1, 3, 5}},  // false counts as missing: first in desc
		{"_sort=seen&id:gt=0", []int{1, 3, 5, 2, 4, 6}},
		{"_sort=-id", []int{6, 5, 4, 3, 2, 1}},
		// The same without json-server 1's parameters: as 0.17, capitals first, an empty text first.
		{"_sort=title", []int{6, 4, 1, 3, 2, 5}},
		{"_sort=keyword", []int{3, 5, 4, 6, 1, 2}},
		{"_sort=title&_order=desc", []int{5, 2, 3, 1, 4, 6}},
		{"_sort=seen", []int{2, 4, 6, 1, 3, 5}},
	}
	for _, tt := range tests {
		if got, _ := idsOf(t, c, tt.raw); !slices.Equal(got, tt.want) {
			t.Errorf("?%s sent %v, want %v", tt.raw, got, tt.want)
		}
	}
}

func TestJSONServer1PagesAsItDoes(t *testing.T) {
	c := extraCatalog(t) // 6 photos
	tests := []struct {
		raw    string
		ids    []int
		paging Paging
	}{
		// Each as json-server 1.0.0-beta.15 answers on 6 items.
		{"_page=2&_per_page=2", []int{3, 4}, Paging{First: 1, Prev: 1, Next: 3, Last: 3, Pages: 3, Items: 6}},
		{"_page=1&_per_page=2", []int{1, 2}, Paging{First: 1, Next: 2, Last: 3, Pages: 3, Items: 6}},
		{"_page=3&_per_page=2", []int{5, 6}, Paging{First: 1, Prev: 2, Last: 3, Pages: 3, Items: 6}},
		{"_page=9&_per_page=2", []int{5, 6}, Paging{First: 1, Prev: 2, Last: 3, Pages: 3, Items: 6}}, // past the last: the last
		{"_page=2&_per_page=4", []int{5, 6}, Paging{First: 1, Prev: 1, Last: 2, Pages: 2, Items: 6}},
		{"_page=1&_per_page=6", []int{1, 2, 3, 4, 5, 6}, Paging{First: 1, Last: 1, Pages: 1, Items: 6}},
		{"_page=1&_per_page=100", []int{1, 2, 3, 4, 5, 6}, Paging{First: 1, Last: 1, Pages: 1, Items: 6}},
		{"_page=9223372036854775807&_per_page=9223372036854775807", []int{1, 2, 3, 4, 5, 6}, Paging{First: 1, Last: 1, Pages: 1, Items: 6}},
		{"keyword=nope&_page=1&_per_page=3", []int{}, Paging{First: 1, Last: 1, Pages: 1}},
		{"keyword=nope&_page=4&_per_page=3", []int{}, Paging{First: 1, Last: 1, Pages: 1}},
		{"id:gt=1&_sort=-id&_page=2&_per_page=3", []int{3, 2}, Paging{First: 1, Prev: 1, Last: 2, Pages: 2, Items: 5}},
	}
	for _, tt := range tests {
		q, err := ParseQuery(c.Schema(), tt.raw)
		if err != nil {
			t.Fatalf("ParseQuery(%q): %v", tt.raw, err)
		}
		ids, total := idsOf(t, c, tt.raw)
		pg := q.Paging(total)
		if pg == nil {
			t.Fatalf("?%s has no paging", tt.raw)
		}
		pg.page = 0
		if !slices.Equal(ids, tt.ids) || *pg != tt.paging {
			t.Errorf("?%s sent %v in %+v, want %v in %+v", tt.raw, ids, *pg, tt.ids, tt.paging)
		}
	}
	for _, raw := range []string{"_page=2", "_per_page=2", "_page=2&_limit=2", ""} {
		q, _ := ParseQuery(c.Schema(), raw)
		if q.Paging(6) != nil {
			t.Errorf("?%s is not json-server 1's paging, yet has its object", raw)
		}
	}
	if got, _ := idsOf(t, c, "_per_page=2"); len(got) != 6 {
		t.Errorf("_per_page without _page sends the whole list, as json-server 1: got %v", got)
	}
}

func TestThePagingObjectIsWhatEncodingJSONWrites(t *testing.T) {
	c := extraCatalog(t)
	type object struct {
		First int               `json:"first"`
		Prev  *int              `json:"prev"`
		Next  *int              `json:"next"`
		Last  int               `json:"last"`
		Pages int               `json:"pages"`
		Items int               `json:"items"`
		Data  []json.RawMessage `json:"data"`
	}
	orNull := func(n int) *int {
		if n == 0 {
			return nil
		}
		return &n
	}
	for _, host := range []string{"", "192.168.1.23:9000"} {
		for _, raw := range []string{"_page=2&_per_page=2", "_page=1&_per_page=1", "keyword=nope&_page=1&_per_page=2", "_page=1&_per_page=10"} {
			q, _ := ParseQuery(c.Schema(), raw)
			chosen, total := c.Match(q)
			view := View{Offline: host != ""} // offline: every url rewritten for the host
			if host != "" {
				view.Base = "http://" + host
			}
			b := body{c: c, chosen: chosen, view: view, paging: q.Paging(total)}
			got, next := b.appendFrom(nil, 0, 1<<30)
			if next < len(chosen) || len(got) != b.Size() {
				t.Errorf("?%s (host %q): %d bytes made, Size says %d; stopped at %d of %d", raw, host, len(got), b.Size(), next, len(chosen))
			}
			if a := c.Answer(q, view); a.Total != total || a.Size() != len(got) {
				t.Errorf("?%s (host %q): the answer counts %d photos and %d bytes, want %d and %d", raw, host, a.Total, a.Size(), total, len(got))
			} else if made, ok := a.Bytes(len(got)); !ok || string(made.Body) != string(got) {
				t.Errorf("?%s (host %q): the answer is not its body", raw, host)
			}
			want := object{First: 1, Prev: orNull(b.paging.Prev), Next: orNull(b.paging.Next), Last: b.paging.Last, Pages: b.paging.Pages, Items: total, Data: []json.RawMessage{}}
			for _, i := range chosen {
				want.Data = append(want.Data, c.Item(i, view))
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(want); err != nil {
				t.Fatal(err)
			}
			if string(got) != buf.String() {
				t.Errorf("?%s (host %q): the object is\n%s\nwant what encoding/json writes:\n%s", raw, host, got, buf.String())
			}
		}
	}
	// In pieces, as the server writes a big answer: the same bytes.
	q, _ := ParseQuery(c.Schema(), "_page=1&_per_page=5")
	chosen, total := c.Match(q)
	b := body{c: c, chosen: chosen, paging: q.Paging(total)}
	whole, _ := b.appendFrom(nil, 0, 1<<30)
	var pieces []byte
	for k := 0; k < len(chosen); {
		var piece []byte
		piece, k = b.appendFrom(nil, k, 10)
		pieces = append(pieces, piece...)
	}
	if string(pieces) != string(whole) {
		t.Errorf("written in pieces, the object is\n%s\nwant\n%s", pieces, whole)
	}
	var written bytes.Buffer
	if _, err := c.Answer(q, View{}).WriteTo(&written); err != nil || written.String() != string(whole) {
		t.Errorf("Answer.WriteTo writes\n%s\nwant\n%s", written.String(), whole)
	}
}

func TestIndentMore(t *testing.T) {
	for _, tt := range [][2]string{{"", ""}, {"a", "a"}, {"\n", "\n  "}, {"{\n  \"a\": 1\n}", "{\n    \"a\": 1\n  }"}, {"x\n\ny", "x\n  \n  y"}} {
		dst := []byte("keep\n")
		got := indentMore(append(dst, tt[0]...), len(dst))
		if string(got) != "keep\n"+tt[1] {
			t.Errorf("indentMore(%q) = %q, want %q", tt[0], got[5:], tt[1])
		}
	}
}
