//go:build integration

package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/photo"
)

// json-server 1's parameters (_page with _per_page, _sort=-field, field:op) compared
// with json-server 1 itself, as jsonserver_test.go compares 0.17's with 0.17.4.

// jsonServer1Version is the json-server 1 this test compares the server with, and
// jsonServer1Install how to get it (.ci/run does: npm says it wants Node 22, and it runs
// on Node 20).
const (
	jsonServer1Version = "1.0.0-beta.15"
	jsonServer1Install = "npm install --prefix ~/.cache/photo-bench/js1 json-server@" + jsonServer1Version
)

// findJSONServer1 finds json-server 1 ($JSON_SERVER1, then the one .ci/run installs),
// or skips the test.
func findJSONServer1(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("JSON_SERVER1")
	if bin == "" {
		if home, err := os.UserHomeDir(); err == nil {
			bin = filepath.Join(home, ".cache", "photo-bench", "js1", "node_modules", ".bin", "json-server")
		}
	}
	if _, err := os.Stat(bin); bin == "" || err != nil {
		t.Skip("no json-server 1 found to compare its parameters with (" + bin + "): install it with `" + jsonServer1Install + "` (.ci/run does), or set JSON_SERVER1 to its path")
	}
	out, err := exec.Command(bin, "--version").Output()
	if version := strings.TrimSpace(string(out)); err != nil || version != jsonServer1Version {
		t.Skipf("%s --version says %q (%v), not %s, the version whose parameters the server copies: install it with `%s`", bin, version, err, jsonServer1Version, jsonServer1Install)
	}
	return bin
}

// jsonServer1Photo is a Photo to which a student added a number and a true or false,
// which json-server 1 keeps as they are (only the id becomes a text there).
type jsonServer1Photo struct {
	ID          int    `json:"id"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Keyword     string `json:"keyword"`
	Likes       int    `json:"likes"`
	Seen        bool   `json:"seen"`
}

// jsonServer1Photos are the photos both servers serve: 25, so that pages of 5 end
// evenly and pages of 4 and 10 do not; titles in French and English, with accents,
// capitals and small letters, ligatures, spaces, signs and digits, to compare the
// server's collation (collate.go) with Node's; two titles twice, to see that equals keep
// their order; keywords with capitals, and four empty (json-server 1 sorts them last);
// likes from -2 to 12 with ties and a 0 (which json-server 1 does not count as missing).
var jsonServer1Photos = func() []jsonServer1Photo {
	rows := []struct {
		title, description, keyword string
		likes                       int
		seen                        bool
	}{
		{"Éléphant", "Un éléphant près de la mer", "animal", 7, true},
		{"eagle", "Wings wide open", "animal", 3, false},
		{"Zèbre", "Des rayures dans la savane", "animal", 12, true},
		{"zoo", "L'entrée du zoo", "", 0, false},
		{"Œufs de caille", "Petits et tachetés", "nourriture", 2, true},
		{"oeuf", "Un œuf à la coque", "nourriture", 2, false},
		{"Côte sauvage", "Les vagues de la mer", "mer", 9, true},
		{"cote", "La cote d'une carte", "", -2, false},
		{"Black cat", "A cat on a fence", "chat", 5, true},
		{"black-cat", "The same cat, later", "Chat", 5, false},
		{"Blackbird", "Un merle noir", "oiseau", 1, true},
		{"Ça alors", "Une surprise", "", 4, false},
		{"canyon", "Des falaises rouges", "montagne", 8, true},
		{"Apple", "Une pomme rouge", "fruit", 6, false},
		{"apple", "Une pomme verte", "fruit", 6, true},
		{"Noël", "Un sapin décoré", "fête", 10, false},
		{"noel", "Encore un sapin", "fête", 10, true},
		{"Straße", "Une rue de Berlin", "ville", 3, false},
		{"42 rue des Lilas", "Une maison", "ville", 0, true},
		{"(brouillon)", "Une photo floue", "", 1, false},
		{"Chiot noir", "Un chiot et son os", "chien", 11, true},
		{"chiot noir", "Le même chiot", "Chien", 11, false},
		{"Île de Ré", "Un pont vers l'île", "mer", 4, true},
		{"Méduses", "Des méduses dans la mer", "mer", -1, false},
		{"Éléphant", "Le même éléphant", "animal", 7, true},
	}
	list := make([]jsonServer1Photo, len(rows))
	for i, r := range rows {
		list[i] = jsonServer1Photo{URL: fmt.Sprintf("https://img.example/photo-%d.jpg", i+1), Title: r.title, Description: r.description, Keyword: r.keyword, Likes: r.likes, Seen: r.seen}
	}
	return list
}()

// jsonServer1Differences are the differences with json-server 1 that the answers below
// show, each kept on purpose (README: "Where this server differs from json-server, on
// purpose"): the test logs them, and checks the first two on every answer.
var jsonServer1Differences = []string{
	"ids: json-server 1 sends each id as a text (\"id\": \"3\"), the server as a number (\"id\": 3), as photos.go and the 0.17 tutorials write them; so json-server 1 sorts ids as texts (10 before 2) and never finds id=3, id:eq=3 or id:in=3 (a text is not the number 3)",
	"X-Total-Count: json-server 1 sends none, the server always does",
	"json-server 0.17's parameters keep their meaning here (_page alone is 10 per page with a Link header, _limit, _start, _end, _order, _like), as does this server's q and keyword; json-server 1 reads each as a filter on a field of that name, which no photo has, and so answers nothing; so does any other parameter there, even a cache-buster (_=123), which the server ignores",
	"_sort without json-server 1's parameters (_per_page, a - in _sort, a field:op) sorts as 0.17 does (capitals first, an empty text first), which jsonserver_test.go checks",
	"a malformed value is a 400 that says what to write, where json-server 1 bends it (_page=0 or abc, _per_page=0, a text for a number field) or ignores it (an unknown operator); so is an unknown field, in _sort or before an operator",
	"a repeated field:op is a condition each (keyword:ne=chien&keyword:ne=chat keeps neither), where json-server 1 keeps only the last",
	"a text field compares with the text written: json-server 1 turns a value that looks like a number, true, false or null into one, which no text equals",
}

// jsonServer1Queries are the queries sent to both; see jsonServerQuery for the marks.
var jsonServer1Queries = []jsonServerQuery{
	// _page with _per_page: 25 photos.
	{query: "_page=1&_per_page=5"},
	{query: "_page=2&_per_page=5"},
	{query: "_page=5&_per_page=5"},
	{query: "_page=6&_per_page=5"}, // past the last: the last
	{query: "_page=99&_per_page=4"},
	{query: "_per_page=5&_page=3"},
	{query: "_page=1&_per_page=25"},
	{query: "_page=1&_per_page=24"},
	{query: "_page=2&_per_page=24"},
	{query: "_page=1&_per_page=100"},
	{query: "_page=3&_per_page=1"},
	{query: "_page=2&_per_page=5&_per_page=5"},
	{query: "_page=1&_per_page=9223372036854775807"},
	{query: "_per_page=5"}, // without _page: the whole list
	{query: "_per_page=5&_sort=-likes"},
	// _sort with a - (json-server 1's order).
	{query: "_sort=-title"},
	{query: "_sort=-keyword"},
	{query: "_sort=-description"},
	{query: "_sort=-url"},
	{query: "_sort=-likes"},
	{query: "_sort=-seen"},
	{query: "_sort=keyword,-title"},
	{query: "_sort=-keyword,title"},
	{query: "_sort=likes,-title"},
	{query: "_sort=-seen,likes,title&_page=1&_per_page=25"},
	{query: "_sort=keyword,-likes,title"},
	// _sort with _per_page: json-server 1's order too, from a to z.
	{query: "_sort=title&_page=1&_per_page=25"},
	{query: "_sort=keyword&_page=1&_per_page=25"},
	{query: "_sort=description&_page=2&_per_page=10"},
	{query: "_sort=seen&_page=1&_per_page=25"},
	{query: "_sort=likes&_page=3&_per_page=4"},
	{query: "_sort=title,likes&_page=1&_per_page=25"},
	{query: "_page=2&_per_page=5&_sort=-title"},
	// field:op.
	{query: "likes:gt=5"},
	{query: "likes:gte=5&likes:lte=10"},
	{query: "likes:lt=0"},
	{query: "likes:lte=0"},
	{query: "likes:ne=3"},
	{query: "likes:eq=7"},
	{query: "likes:in=0,3,7"},
	{query: "likes:in=0, 3"},
	{query: "likes:gt=2.5"},
	{query: "title:gt=M"},
	{query: "title:lt=b"},
	{query: "title:gte=Z"},
	{query: "title:lte=C"},
	{query: "title:eq=No%C3%ABl"}, // a page sends its accents percent-encoded (and Node refuses them raw)
	{query: "title:ne=%C3%89l%C3%A9phant"},
	{query: "keyword:eq=chien"},
	{query: "keyword:ne=chien"},
	{query: "keyword:eq="},
	{query: "keyword:in=chien,chat"},
	{query: "keyword:in=chien,"},
	{query: "keyword:lt=f"},
	{query: "title:contains=ch"},
	{query: "title:contains=%C3%89L"},
	{query: "title:startsWith=c"},
	{query: "title:endsWith=T"},
	{query: "description:contains=mer"},
	{query: "url:endsWith=1.jpg"},
	{query: "seen:eq=true"},
	{query: "seen:ne=true"},
	{query: "seen:eq=false&likes:gt=3"},
	{query: "id:gt=20"},
	{query: "id:lte=3"},
	{query: "id:gte=10&id:lt=13"},
	{query: "id:startsWith=1"},
	{query: "id:endsWith=5"},
	// A field's name alone, and 0.17's endings that json-server 1 reads too.
	{query: "title=No%C3%ABl"},
	{query: "title=noel"},
	{query: "keyword_ne=chien"},
	{query: "likes_gte=7"},
	{query: "title_gte=Z"},
	// All at once.
	{query: "keyword:ne=chien&_sort=-likes&_page=2&_per_page=4"},
	{query: "title:contains=e&likes:gt=0&_sort=title&_page=1&_per_page=5"},
	{query: "seen:eq=true&_sort=-title&_page=2&_per_page=3"},
	{query: "likes:gt=100&_page=1&_per_page=5"},
	{query: "likes:gt=100&_page=3&_per_page=5"},

	// Known differences: the answers must differ as said, else the mark goes.
	{query: "id:eq=3", knownDifference: "ids as texts: json-server 1 finds no photo whose id is the number 3"},
	{query: "id=3", knownDifference: "ids as texts"},
	{query: "id:in=1,2", knownDifference: "ids as texts"},
	{query: "id:ne=3", knownDifference: "ids as texts: json-server 1 keeps photo 3"},
	{query: "_sort=-id", knownDifference: "ids as texts: json-server 1 sorts 9 before 25 before 10"},
	{query: "_sort=id&_page=1&_per_page=25", knownDifference: "ids as texts: json-server 1 sorts 10 before 2"},
	{query: "keyword:ne=chien&keyword:ne=chat", knownDifference: "each keyword:ne is a condition here; json-server 1 keeps only the last, and so keeps the chien photos"},
	{query: "title:contains=e&title:contains=o", knownDifference: "each title:contains is a condition here; json-server 1 keeps only the last"},
	{query: "title:lt=5", knownDifference: "json-server 1 turns 5 into a number and compares each title as a number (none is); here, the titles before \"5\" as texts"},

	// Deliberate: sent to both and logged, not compared; the server must answer status.
	{query: "_page=2", deliberate: "_page alone is 0.17's: 10 per page in an array with a Link header (json-server 1: its object, 10 per page)", status: 200},
	{query: "_sort=title", deliberate: "_sort alone sorts as 0.17 (json-server 1: from a to z whatever the case)", status: 200},
	{query: "_page=0&_per_page=5", deliberate: "a malformed _page is a 400 here (json-server 1: page 1)", status: 400},
	{query: "_page=abc&_per_page=5", deliberate: "a malformed _page is a 400 here (json-server 1: the whole list, in an array)", status: 400},
	{query: "_page=1.5&_per_page=5", deliberate: "a malformed _page is a 400 here (json-server 1: page 1)", status: 400},
	{query: "_page=1&_per_page=0", deliberate: "a malformed _per_page is a 400 here (json-server 1: 1 per page)", status: 400},
	{query: "_per_page=abc", deliberate: "a malformed _per_page is a 400 here, even without _page (json-server 1: the whole list)", status: 400},
	{query: "_page=1&_per_page=5&_limit=3", deliberate: "0.17's _limit with 1's _per_page is a 400 that says to keep one (json-server 1: a filter on a field _limit: nothing)", status: 400},
	{query: "_page=2&_per_page=5&_start=1", deliberate: "0.17's _start with 1's _per_page is a 400 that says to keep one (json-server 1: nothing)", status: 400},
	{query: "_sort=-title&_order=asc", deliberate: "_order with a - in _sort is a 400 that says to keep one (json-server 1: a filter on a field _order: nothing)", status: 400},
	{query: "_sort=-nope", deliberate: "an unknown _sort field is a 400 here (json-server 1: the list as it is)", status: 400},
	{query: "_sort=-", deliberate: "a - without a field is a 400 here (json-server 1: the list as it is)", status: 400},
	{query: "likes:gt=abc", deliberate: "a text where a number field needs a number is a 400 here (json-server 1: nothing)", status: 400},
	{query: "likes:gt=", deliberate: "an empty value for a number field is a 400 here (json-server 1 compares with \"\", which counts as 0)", status: 400},
	{query: "seen:eq=yes", deliberate: "anything but true or false for a true or false field is a 400 here (json-server 1: nothing)", status: 400},
	{query: "title:like=a", deliberate: "an unknown operator is a 400 here (json-server 1 ignores the parameter)", status: 400},
	{query: "title:=a", deliberate: "a colon without an operator is a 400 here (json-server 1: a filter on a field \"title:\": nothing)", status: 400},
	{query: "nope:gt=1", deliberate: "an operator on an unknown field is a 400 here (json-server 1: nothing)", status: 400},
	{query: "_=123&_page=1&_per_page=5", deliberate: "a cache-buster is ignored here (json-server 1: a filter on a field _: nothing)", status: 200},
	{query: "q=mer&_page=1&_per_page=5", deliberate: "q is this server's search (json-server 1: a filter on a field q: nothing)", status: 200},
	{query: "title_like=%5Ec&_page=1&_per_page=5", deliberate: "_like is 0.17's (json-server 1 has :contains; title_like is a field there: nothing)", status: 200},
	{query: "keyword=CHIEN&_page=1&_per_page=5", deliberate: "keyword ignores case here (json-server 1: exact)", status: 200},
}

// jsonServer1Answer is what the test keeps of one answer.
type jsonServer1Answer struct {
	status      int
	shape       string   // "array", "object" (json-server 1's paging), or "other"
	ids         []string // as texts, so that both servers' compare
	idsAsText   bool     // the ids were JSON strings
	paging      string   // the object's first, prev, next, last, pages and items
	body        string   // when it is not photos
	linkPresent bool
	total       []string
}

func (a jsonServer1Answer) String() string {
	s := fmt.Sprintf("status %d, %s", a.status, a.shape)
	if a.shape == "other" {
		return s + fmt.Sprintf(", body %.200q", a.body)
	}
	s += fmt.Sprintf(", ids %v", a.ids)
	if a.paging != "" {
		s += ", " + a.paging
	}
	if a.total != nil {
		s += fmt.Sprintf(", X-Total-Count %q", a.total)
	}
	if a.linkPresent {
		s += ", a Link header"
	}
	return s
}

// getAnswer1 sends GET /photos?query to base.
func getAnswer1(t *testing.T, client *http.Client, base, query string) jsonServer1Answer {
	t.Helper()
	target := base + "/photos?" + query
	resp, err := client.Get(target)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", target, err)
	}
	_, linked := resp.Header["Link"]
	a := jsonServer1Answer{status: resp.StatusCode, shape: "other", body: string(body), linkPresent: linked, total: resp.Header.Values("X-Total-Count")}
	if resp.StatusCode != http.StatusOK {
		return a
	}
	var photos []map[string]any
	var page struct {
		First, Prev, Next, Last, Pages, Items *int
		Data                                  []map[string]any
	}
	switch {
	case json.Unmarshal(body, &photos) == nil:
		a.shape = "array"
	case json.Unmarshal(body, &page) == nil && page.Data != nil:
		a.shape, photos = "object", page.Data
		orNull := func(n *int) string {
			if n == nil {
				return "null"
			}
			return fmt.Sprint(*n)
		}
		a.paging = fmt.Sprintf("first %s, prev %s, next %s, last %s, pages %s, items %s", orNull(page.First), orNull(page.Prev), orNull(page.Next), orNull(page.Last), orNull(page.Pages), orNull(page.Items))
	default:
		return a
	}
	a.ids, a.idsAsText = []string{}, len(photos) > 0
	for _, p := range photos {
		_, text := p["id"].(string)
		a.idsAsText = a.idsAsText && text
		a.ids = append(a.ids, fmt.Sprint(p["id"]))
	}
	return a
}

// differences1 lists how the server's answer differs from json-server 1's, the ids
// compared as texts and X-Total-Count left aside (jsonServer1Differences).
func differences1(js, ours jsonServer1Answer) []string {
	var diffs []string
	if js.status != ours.status {
		diffs = append(diffs, "status")
	}
	if js.shape != ours.shape {
		diffs = append(diffs, "shape")
	}
	if fmt.Sprint(js.ids) != fmt.Sprint(ours.ids) {
		diffs = append(diffs, "ids")
	}
	if js.paging != ours.paging {
		diffs = append(diffs, "paging")
	}
	if js.linkPresent != ours.linkPresent {
		diffs = append(diffs, "Link")
	}
	return diffs
}

// TestJSONServer1ParametersMatchJSONServer1 sends the same queries to the server and
// to json-server 1, serving the same photos, and compares the answers.
func TestJSONServer1ParametersMatchJSONServer1(t *testing.T) {
	bin := findJSONServer1(t)
	code, err := photo.CodeOf(jsonServer1Photos, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := newCatalogOf(t, code)
	ours := httptest.NewServer(handlerOf(c, false))
	t.Cleanup(ours.Close)

	// json-server 1's db.json: the same photos, each id written as a text, as json-server 1
	// keeps them (it would turn the numbers into texts itself).
	var list []map[string]any
	if err := json.Unmarshal(c.List().Plain.Body, &list); err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		p["id"] = fmt.Sprint(p["id"])
	}
	db, err := json.Marshal(map[string]any{"photos": list})
	if err != nil {
		t.Fatal(err)
	}
	theirs := startJSONServer(t, bin, db)
	client := &http.Client{Timeout: 10 * time.Second}

	for _, d := range jsonServer1Differences {
		t.Logf("difference kept on purpose: %s", d)
	}
	a, b := getAnswer1(t, client, theirs, ""), getAnswer1(t, client, ours.URL, "")
	if len(a.ids) != len(jsonServer1Photos) || fmt.Sprint(a.ids) != fmt.Sprint(b.ids) {
		t.Fatalf("the two servers do not serve the same photos:\njson-server 1: %v\nthe server:    %v", a, b)
	}
	if !a.idsAsText || b.idsAsText {
		t.Errorf("json-server 1 should send its ids as texts and the server as numbers (the first difference listed): json-server 1 %t, the server %t", a.idsAsText, b.idsAsText)
	}

	for _, tt := range jsonServer1Queries {
		t.Run(tt.query, func(t *testing.T) {
			js := getAnswer1(t, client, theirs, tt.query)
			got := getAnswer1(t, client, ours.URL, tt.query)
			both := fmt.Sprintf("GET /photos?%s\n  json-server 1: %v\n  the server:    %v", tt.query, js, got)
			if js.total != nil || (got.status == http.StatusOK && got.total == nil) {
				t.Errorf("X-Total-Count: json-server 1 should send none and the server always one\n%s", both)
			}
			if (js.idsAsText != (len(js.ids) > 0)) || got.idsAsText {
				t.Errorf("ids: json-server 1 should send texts and the server numbers\n%s", both)
			}
			switch {
			case tt.deliberate != "":
				t.Logf("deliberate difference (%s):\n%s", tt.deliberate, both)
				if got.status != tt.status {
					t.Errorf("the server should answer %d (%s)\n%s", tt.status, tt.deliberate, both)
				}
			case tt.knownDifference != "":
				if diffs := differences1(js, got); len(diffs) == 0 {
					t.Errorf("the known difference is gone (%s): remove knownDifference\n%s", tt.knownDifference, both)
				} else {
					t.Logf("known difference in %s (%s):\n%s", strings.Join(diffs, ", "), tt.knownDifference, both)
				}
			default:
				if diffs := differences1(js, got); len(diffs) > 0 {
					t.Errorf("the answers differ in %s:\n%s", strings.Join(diffs, ", "), both)
				}
			}
		})
	}
}
