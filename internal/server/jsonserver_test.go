//go:build integration

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// jsonServerInstall is how to get the json-server this test compares the server with.
const jsonServerInstall = "npm install --prefix ~/.cache/photo-bench/js json-server@0.17.4"

// findJSONServer finds json-server 0.17 ($JSON_SERVER, then json-server on the PATH,
// then the one .ci/run installs), or skips the test.
func findJSONServer(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("JSON_SERVER")
	if bin == "" {
		bin, _ = exec.LookPath("json-server")
	}
	if bin == "" {
		if home, err := os.UserHomeDir(); err == nil {
			bin = filepath.Join(home, ".cache", "photo-bench", "js", "node_modules", ".bin", "json-server")
			if _, err := os.Stat(bin); err != nil {
				bin = ""
			}
		}
	}
	if bin == "" {
		t.Skip("no json-server found to compare the paging and sorting with: install it with `" + jsonServerInstall + "` (.ci/run does), or set JSON_SERVER to its path")
	}
	out, err := exec.Command(bin, "--version").Output()
	if version := strings.TrimSpace(string(out)); err != nil || !strings.HasPrefix(version, "0.17.") {
		t.Skipf("%s --version says %q (%v), not 0.17.x, the version whose paging and sorting the server copies: install it with `%s`", bin, version, err, jsonServerInstall)
	}
	return bin
}

// jsonServerPhotos are the photos both servers serve: 23, so that pages of 5 and of 10
// end partway; ASCII titles, so that json-server's order (UTF-16 code units) and the
// server's (accents beside their letter) must agree exactly; capitals and small letters
// mixed; three titles twice, to see that equal titles keep their order; keywords in
// small letters, repeated; four photos without a keyword. The urls are photo-1 ...
// photo-23, which sort as text (photo-10 before photo-2). No text holds "dog", "cat",
// "river", "snow", "lake" or "café" but where the q queries below expect it, and no url
// holds them, so that json-server's wider q (every field) finds the same photos.
var jsonServerPhotos = func() []Photo {
	rows := []struct{ title, description, keyword string }{
		{"Sleepy dog", "A dog asleep on the sofa", "dog"},
		{"apple tree", "Red apples in an orchard", "fruit"},
		{"River at dawn", "Mist over the water", "river"},
		{"Zebra", "Stripes in the savanna", "animal"},
		{"Black cat", "A cat on a fence at night", "cat"},
		{"Snowy peak", "A summit in winter", "snow"},
		{"Sleepy dog", "Another dog, asleep in the grass", "dog"},
		{"banana", "A bunch of yellow bananas", "fruit"},
		{"Cat on a roof", "It watches the dog below", "cat"},
		{"river bend", "The stream turns between hills", "river"},
		{"Mountain lake", "Still water under the peaks", ""},
		{"Old bridge", "Stones over a stream", ""},
		{"Puppy", "A young dog with a ball", "dog"},
		{"Zoo gate", "The entrance of the zoo", "animal"},
		{"cherry", "Two red cherries", "fruit"},
		{"Snowman", "Built by the children, with snow", "snow"},
		{"Black cat", "The same cat, in the sun", "cat"},
		{"Harbor", "Boats at rest", ""},
		{"eagle", "Wings wide open", "animal"},
		{"River at dawn", "The same river, later", "river"},
		{"Dog park", "Dogs run on the grass", "dog"},
		{"Cafe corner", "Un café du matin, near the lake", ""},
		{"apple tree", "The same tree in spring", "fruit"},
	}
	list := make([]Photo, len(rows))
	for i, r := range rows {
		list[i] = Photo{URL: fmt.Sprintf("https://img.example/photo-%d.jpg", i+1), Title: r.title, Description: r.description, Keyword: r.keyword}
	}
	return list
}()

// jsonServerQuery is one query sent to both servers.
type jsonServerQuery struct {
	query string
	// knownDifference, when set, says how the answers differ: the test then only logs
	// both answers (and fails if they agree again, so that the mark is removed).
	knownDifference string
	// deliberate, when set, is a difference the maintainer chose: the answers are not
	// compared; the server must answer status (and the test logs both answers).
	deliberate string
	status     int
}

// jsonServerQueries are well-formed queries, compared with json-server 0.17: status,
// ids in order, X-Total-Count and Link when json-server sends them.
var jsonServerQueries = []jsonServerQuery{
	{query: ""},
	// _page alone (10 per page): 23 photos are pages of 10, 10, 3.
	{query: "_page=1"},
	{query: "_page=2"},
	{query: "_page=3"},
	{query: "_page=4"},
	// _page and _limit.
	{query: "_page=1&_limit=5"},
	{query: "_page=2&_limit=5"},
	{query: "_page=5&_limit=5"},
	{query: "_page=6&_limit=5"},
	{query: "_limit=5&_page=3"},
	{query: "_page=3&_limit=10"},
	{query: "_page=12&_limit=2"},
	{query: "_page=1&_limit=23"},
	{query: "_page=1&_limit=22"},
	{query: "_page=1&_limit=100"},
	{query: "_page=2&_limit=23"},
	{query: "_page=1&_limit=1"},
	{query: "_=12345&_page=2&_limit=5"},
	{query: "%5Fpage=2&_limit=5"},
	{query: "_page=2&_page=2&_limit=5"},
	{query: "_page=02&_limit=5", knownDifference: "the server writes the links with _page=1, 3, 5, as the page means; json-server finds no text page=2 to replace (a quirk of its string replacement), so every Link is the request's own address"},
	{query: "_sort=&_page=1"},
	{query: "q=&_page=2"},
	// _page wins over _start and _end, _end over _limit.
	{query: "_page=2&_start=3&_end=4"},
	{query: "_page=2&_limit=5&_start=1"},
	{query: "_start=2&_end=5&_limit=1"},
	// _start and _end.
	{query: "_start=0&_end=5"},
	{query: "_start=5&_end=10"},
	{query: "_end=10&_start=5"},
	{query: "_start=20&_end=30"},
	{query: "_start=30&_end=40"},
	{query: "_start=5&_end=2"},
	{query: "_end=7"},
	{query: "_end=0"},
	// _start and _limit, _limit alone.
	{query: "_start=3&_limit=4"},
	{query: "_limit=4&_start=3"},
	{query: "_start=20&_limit=10"},
	{query: "_limit=7"},
	{query: "_limit=0"},
	{query: "_limit=23"},
	{query: "_limit=50"},
	// _sort and _order.
	{query: "_sort=title"},
	{query: "_sort=title&_order=asc"},
	{query: "_sort=title&_order=desc"},
	{query: "_sort=title&_order=DESC"},
	{query: "_order=desc&_sort=title"},
	{query: "_sort=keyword"},
	{query: "_sort=keyword&_order=desc"},
	{query: "_sort=id"},
	{query: "_sort=id&_order=desc"},
	{query: "_sort=url"},
	{query: "_sort=url&_order=Desc"},
	{query: "_sort=description"},
	{query: "_sort=keyword,title"},
	{query: "_sort=keyword,title&_order=asc,desc"},
	{query: "_sort=keyword,title&_order=desc,asc"},
	{query: "_sort=keyword,title&_order=DESC,Asc"},
	{query: "_sort=keyword,title&_order=desc"},
	{query: "_sort=title,id&_order=asc,desc"},
	{query: "_sort=keyword,id&_order=,desc"},
	{query: "_sort=title,"},
	{query: "_sort=title&_order="},
	{query: "_sort=,title&_order=desc"},
	// Sort, then a part.
	{query: "_sort=title&_page=2&_limit=5"},
	{query: "_page=2&_limit=5&_sort=title&_order=desc"},
	{query: "_sort=keyword,title&_order=desc&_page=3&_limit=4"},
	{query: "_sort=id&_order=desc&_start=5&_end=10"},
	{query: "_sort=title&_limit=3"},
	{query: "_sort=url&_start=10&_limit=5"},
	// keyword, with sorting and paging.
	{query: "title=Zebra"},
	{query: "title=Black%20cat"},
	{query: "title=black%20cat"},
	{query: "id=3"},
	{query: "id=3&id=5"},
	{query: "title_like=^s"},
	{query: "title_like=cat&_sort=id&_order=desc"},
	{query: "description_like=dog&_page=1&_limit=2"},
	{query: "id_gte=5&id_lte=9"},
	{query: "id_gte=20"},
	{query: "title_gte=S&_sort=title"},
	{query: "keyword_ne=dog&_sort=id"},
	{query: "keyword_ne=dog&keyword_ne=cat&_limit=5"},
	{query: "keyword_like=^r&_sort=title"},
	{query: "keyword=dog"},
	{query: "keyword=dog&_page=1&_limit=2"},
	{query: "keyword=dog&_page=2&_limit=2"},
	{query: "keyword=fruit&_page=2&_limit=3"},
	{query: "_page=1&_limit=2&keyword=cat"},
	{query: "keyword=nope&_page=1"},
	{query: "keyword=river&_sort=title&_order=desc"},
	{query: "keyword=snow&_start=1&_limit=1"},
	{query: "_sort=title&keyword=dog&_end=2"},
	{query: "_page=1&_limit=5&_sort=keyword&keyword=dog"},
	{query: "keyword=&_limit=3", knownDifference: "keyword= (an empty search field in a form) is no filter here; json-server keeps only the photos whose keyword is \"\" (ids 11, 12, 18, 22; X-Total-Count 4)"},
	// q, with sorting and paging.
	{query: "q=dog"},
	{query: "q=DOG&_sort=title"},
	{query: "q=river&_sort=title&_order=desc&_page=1&_limit=2"},
	{query: "_page=2&_limit=5&q=a+dog"},
	{query: "q=caf%C3%A9"},
	{query: "q=LAKE&_sort=id&_order=desc"},
	{query: "_page=2&_limit=2&q=cat&_sort=id&_order=desc"},
	{query: "q=snow&keyword=snow&_sort=title"},
	{query: "q=zzz&_page=1"},

	// The maintainer's choices: sent to both and logged, not compared.
	{query: "_page=0", deliberate: "a malformed _page is a 400 here (json-server: page 1)", status: 400},
	{query: "_page=abc", deliberate: "a malformed _page is a 400 here (json-server: page 1)", status: 400},
	{query: "_limit=-1", deliberate: "a negative _limit is a 400 here (json-server: all but the last)", status: 400},
	{query: "_sort=title&_order=foo", deliberate: "_order other than asc or desc is a 400 here (json-server: asc)", status: 400},
	{query: "_sort=title&_sort=id", deliberate: "a repeated _sort is a 400 here (json-server: 500)", status: 400},
	{query: "_sort=nope", deliberate: "an unknown _sort field is a 400 here (json-server: the list as it is)", status: 400},
	{query: "_order=desc", deliberate: "_order without _sort is a 400 here (json-server ignores it)", status: 400},
	{query: "_sort=title&_order=asc,desc", deliberate: "more _order values than _sort fields is a 400 here (json-server ignores the extra)", status: 400},
	{query: "_page=1&_limit=0", deliberate: "_page with _limit=0 is a 400 here (json-server: 10 per page)", status: 400},
	{query: "_start=5", deliberate: "_start alone skips photos here (json-server ignores it)", status: 200},
	{query: "q=example", deliberate: "q searches only title, description and keyword here (json-server finds every url)", status: 200},
	{query: "keyword=DOG", deliberate: "keyword= ignores case here (json-server: exact)", status: 200},
}

// Other deliberate differences, which the comparison above passes over by itself:
//   - X-Total-Count is always sent here, json-server sends it only with _page, _limit or
//     _end: it is compared only when json-server sends it.
//   - Texts sort here with accented letters beside their plain letter (é beside e),
//     json-server by UTF-16 code units (é after z): the titles above are ASCII.

// jsonServerAnswer is what the test keeps of one answer.
type jsonServerAnswer struct {
	status      int
	ids         []int
	body        string // when it is not a list
	total       []string
	link        []string // nil: no Link header
	expose      string
	linkPresent bool
}

func (a jsonServerAnswer) String() string {
	s := fmt.Sprintf("status %d", a.status)
	if a.ids != nil || a.body == "" {
		s += fmt.Sprintf(", ids %v", a.ids)
	} else {
		s += fmt.Sprintf(", body %.200q", a.body)
	}
	if a.total != nil {
		s += fmt.Sprintf(", X-Total-Count %q", a.total)
	} else {
		s += ", no X-Total-Count"
	}
	if a.linkPresent {
		s += fmt.Sprintf(", Link %q", a.link)
	} else {
		s += ", no Link"
	}
	return s
}

// getAnswer sends GET /photos?query to base, and writes the host in Link as HOST.
func getAnswer(t *testing.T, client *http.Client, base, query string) jsonServerAnswer {
	t.Helper()
	target := base + "/photos"
	if query != "" {
		target += "?" + query
	}
	resp, err := client.Get(target)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", target, err)
	}
	a := jsonServerAnswer{status: resp.StatusCode, total: resp.Header.Values("X-Total-Count"), expose: resp.Header.Get("Access-Control-Expose-Headers")}
	links, present := resp.Header["Link"]
	a.linkPresent = present
	for _, l := range links {
		a.link = append(a.link, strings.ReplaceAll(l, base, "http://HOST"))
	}
	var photos []struct {
		ID int `json:"id"`
	}
	if resp.StatusCode == http.StatusOK && json.Unmarshal(body, &photos) == nil {
		a.ids = []int{}
		for _, p := range photos {
			a.ids = append(a.ids, p.ID)
		}
	} else {
		a.body = string(body)
	}
	return a
}

// differences lists how the server's answer differs from json-server's.
func differences(js, ours jsonServerAnswer) []string {
	var diffs []string
	if js.status != ours.status {
		diffs = append(diffs, "status")
	}
	if fmt.Sprint(js.ids) != fmt.Sprint(ours.ids) || (js.ids == nil) != (ours.ids == nil) {
		diffs = append(diffs, "ids")
	}
	if js.total != nil && fmt.Sprint(js.total) != fmt.Sprint(ours.total) {
		diffs = append(diffs, "X-Total-Count")
	}
	if js.linkPresent != ours.linkPresent || fmt.Sprint(js.link) != fmt.Sprint(ours.link) {
		diffs = append(diffs, "Link")
	}
	for _, name := range strings.Split(js.expose, ",") {
		if name = strings.TrimSpace(name); name != "" && !strings.Contains(ours.expose, name) {
			diffs = append(diffs, "Access-Control-Expose-Headers lacks "+name)
		}
	}
	return diffs
}

// freePort finds a port of 127.0.0.1 that nothing listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startJSONServer serves db (a db.json) with json-server on a free port of 127.0.0.1,
// with flags after its own, stopped when the test ends, and returns its base URL once
// it answers.
func startJSONServer(t *testing.T, bin string, db []byte, flags ...string) string {
	t.Helper()
	dir := t.TempDir() // the cwd, without a public folder for json-server to serve
	if err := os.WriteFile(filepath.Join(dir, "db.json"), db, 0o644); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	cmd := exec.Command(bin, append([]string{"db.json", "--port", fmt.Sprint(port), "--host", "127.0.0.1"}, flags...)...)
	cmd.Dir = dir
	var output syncBuffer
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Start(); err != nil {
		t.Fatalf("json-server does not start: %v", err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	client := &http.Client{Timeout: time.Second}
	answers := testkit.Eventually(20*time.Second, 20*time.Millisecond, func() bool {
		if resp, err := client.Get(base + "/photos"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return true
			}
		}
		select {
		case <-exited:
			t.Fatalf("json-server stopped before it answered: %s", output.String())
		default:
		}
		return false
	})
	if !answers {
		t.Fatalf("json-server did not answer GET /photos within 20s: %s", output.String())
	}
	return base
}

// TestPagingAndSortingMatchJSONServer sends the same queries to the server and to
// json-server 0.17, serving the same photos, and compares the answers.
func TestPagingAndSortingMatchJSONServer(t *testing.T) {
	t.Parallel()
	bin := findJSONServer(t)
	ours := httptest.NewServer(newTestHandler(t, jsonServerPhotos, false))
	t.Cleanup(ours.Close)

	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(ours.URL + "/photos")
	if err != nil {
		t.Fatal(err)
	}
	list, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /photos answered %d (%v)", resp.StatusCode, err)
	}
	var db bytes.Buffer
	db.WriteString(`{"photos": `)
	db.Write(list)
	db.WriteString("}\n")
	theirs := startJSONServer(t, bin, db.Bytes(), "--quiet")

	if a, b := getAnswer(t, client, theirs, ""), getAnswer(t, client, ours.URL, ""); len(a.ids) != len(jsonServerPhotos) || fmt.Sprint(a.ids) != fmt.Sprint(b.ids) {
		t.Fatalf("the two servers do not serve the same photos:\njson-server: %v\nthe server:  %v", a, b)
	}

	for _, tt := range jsonServerQueries {
		name := tt.query
		if name == "" {
			name = "(no query)"
		}
		t.Run(name, func(t *testing.T) {
			js := getAnswer(t, client, theirs, tt.query)
			got := getAnswer(t, client, ours.URL, tt.query)
			both := fmt.Sprintf("GET /photos?%s\n  json-server: %v\n  the server:  %v", tt.query, js, got)
			switch {
			case tt.deliberate != "":
				t.Logf("deliberate difference (%s):\n%s", tt.deliberate, both)
				if got.status != tt.status {
					t.Errorf("the server should answer %d (%s)\n%s", tt.status, tt.deliberate, both)
				}
			case tt.knownDifference != "":
				if diffs := differences(js, got); len(diffs) == 0 {
					t.Errorf("the known difference is gone (%s): remove knownDifference\n%s", tt.knownDifference, both)
				} else {
					t.Logf("known difference in %s (%s):\n%s", strings.Join(diffs, ", "), tt.knownDifference, both)
				}
			default:
				if diffs := differences(js, got); len(diffs) > 0 {
					t.Errorf("the answers differ in %s:\n%s", strings.Join(diffs, ", "), both)
				}
			}
		})
	}
}
