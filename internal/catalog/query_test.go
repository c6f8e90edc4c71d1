package catalog

import (
	"context"
	"encoding/json"
	"photoserver/internal/testkit"
	"strings"
	"testing"
)

func TestParseListQuery(t *testing.T) {
	tests := []struct {
		raw  string
		want Query
		bad  bool
	}{
		{"", NoQuery, false},
		{"keyword=chien", Query{Keyword: "chien", End: -1, Limit: -1}, false},
		{"q=a+b", Query{Q: "a b", End: -1, Limit: -1}, false},
		{"limit=3&offset=2", Query{Limit: 3, Start: 2, End: -1}, false},
		{"_limit=3&_start=2&_end=4", Query{Limit: 3, Start: 2, End: 4}, false},
		{"_page=2", Query{Page: 2, End: -1, Limit: -1}, false},
		{"_sort=id,title&_order=desc", Query{Sort: []SortKey{{0, true}, {2, false}}, End: -1, Limit: -1}, false},
		{"limit=+3", Query{}, true},
		{"offset=-0", Query{End: -1, Limit: -1}, false},
		{"limit=1e3", Query{}, true},
		{"a=1;b=2", Query{}, true},
		{"keyword=a&keyword=a", Query{Keyword: "a", End: -1, Limit: -1}, false},
		{"keyword=a&keyword=b", Query{}, true},
	}
	for _, tt := range tests {
		got, err := ParseQuery(testkit.Schema(), tt.raw)
		if tt.bad {
			if err == nil {
				t.Errorf("ParseQuery(%q) = %+v, want an error", tt.raw, got)
			}
			continue
		}
		if err != nil || jsonOfQuery(got) != jsonOfQuery(tt.want) {
			t.Errorf("ParseQuery(%q) = %+v, %v; want %+v", tt.raw, got, err, tt.want)
		}
	}
}

func jsonOfQuery(q Query) string {
	b, _ := json.Marshal(struct {
		K, Q        string
		S           []SortKey
		P, St, E, L int
	}{q.Keyword, q.Q, q.Sort, q.Page, q.Start, q.End, q.Limit})
	return string(b)
}

func TestTheSearchAndTheOfflineURLsAreMadeOnceEachWhateverComesFirst(t *testing.T) {
	for _, offlineFirst := range []bool{true, false} {
		c, _ := newCatalog(testkit.SamplePhotos)
		offline := func() string { return string(c.Item(0, View{Base: "http://localhost:9000", Offline: true})) }
		search := func() []int {
			chosen, _ := c.Match(Query{Q: "banquise", End: -1, Limit: -1})
			return chosen
		}
		if offlineFirst {
			offline()
		}
		if got := search(); len(got) != 1 || got[0] != 2 {
			t.Errorf("q=banquise chose %v, want the third photo", got)
		}
		if got := offline(); !strings.Contains(got, `"url": "http://localhost:9000/images/1.svg"`) {
			t.Errorf("the offline item is %s", got)
		}
	}
}

func TestSearchAndSortReadFrenchLigatures(t *testing.T) {
	c, _ := newCatalog([]Photo{{Title: "Œufs de Pâques"}, {Title: "Cœur de pierre"}, {Title: "Æther"}, {Title: "Straße"}, {Title: "Orange"}, {Title: "Poire"}, {Title: "Noix"}})
	for q, want := range map[string]string{"coeur": "Cœur de pierre", "oeufs": "Œufs de Pâques", "OEUFS": "Œufs de Pâques", "aether": "Æther", "strasse": "Straße", "cœur": "Cœur de pierre"} {
		chosen, _ := c.Match(Query{Q: q, End: -1, Limit: -1})
		if len(chosen) != 1 || c.Photos()[chosen[0]].Title != want {
			t.Errorf("q=%s finds %v, want %q", q, chosen, want)
		}
	}
	q, err := ParseQuery(c.Schema(), "_sort=title")
	if err != nil {
		t.Fatal(err)
	}
	chosen, _ := c.Match(q)
	var titles []string
	for _, i := range chosen {
		titles = append(titles, c.Photos()[i].Title)
	}
	if got := strings.Join(titles, ", "); got != "Æther, Cœur de pierre, Noix, Œufs de Pâques, Orange, Poire, Straße" {
		t.Errorf("_sort=title gives %s, want Œufs among the O's and Æther among the A's", got)
	}
}

func TestHugeNumbersCutTheListWithoutOverflowing(t *testing.T) {
	c, _ := newCatalog(testkit.SamplePhotos)
	for _, raw := range []string{"_start=2&_limit=9223372036854775807", "limit=9223372036854775807&offset=9223372036854775807",
		"_page=99999999999&_limit=99999999999", "_page=2&_limit=9223372036854775807", "_page=9223372036854775807&_limit=2",
		"_page=1&_limit=9223372036854775807", "_end=9223372036854775807&_start=3"} {
		q, err := ParseQuery(testkit.Schema(), raw)
		if err != nil {
			t.Fatalf("ParseQuery(%q): %v", raw, err)
		}
		chosen, total := c.Match(q) // a panic here is the bug
		if total != 4 || len(chosen) > 4 {
			t.Errorf("?%s chose %v of %d", raw, chosen, total)
		}
	}
}

func TestAQueryStopsOnceItsRequestIsGone(t *testing.T) {
	c := fakeCatalog(t, 2000, 1)
	q, err := ParseQuery(testkit.Schema(), "description_like=a&_sort=title")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the client went away before its answer was made
	if chosen, total, err := c.MatchContext(ctx, q); err != context.Canceled || chosen != nil || total != 0 {
		t.Errorf("a query whose request is gone: chose %d of %d, error %v; want nothing and context.Canceled", len(chosen), total, err)
	}
	if _, err := c.AnswerContext(ctx, q, View{}); err != context.Canceled {
		t.Errorf("an answer whose request is gone: error %v, want context.Canceled", err)
	}
	if chosen, total, err := c.MatchContext(context.Background(), q); err != nil || len(chosen) == 0 || total != len(chosen) {
		t.Errorf("the same query, still asked for: chose %d of %d, error %v; want its photos", len(chosen), total, err)
	}
}
