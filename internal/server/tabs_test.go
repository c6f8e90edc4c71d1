//go:build integration && !windows

package server

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// A browser opens at most six connections to one server (Chromium and Firefox alike),
// and an event stream keeps its connection open: if each tab of the example page held a
// stream, the sixth or seventh tab's list would never come, with nothing said (the page of
// before stopped at the sixth: its stream took the last connection before its fetch). The page shares
// one stream between its tabs (Web Locks and a BroadcastChannel) where the browser
// grants locks, and elsewhere listens only while the tab is visible.

// tabs is how many tabs of the example page the test opens: more than six.
const tabs = 8

// titlesShown is what a tab shows: the titles of its photos, in order.
const titlesShown = `[...document.querySelectorAll("figure h2")].map((h) => h.textContent).join(" ")`

func TestThePartnersPageInEightTabsOfOneBrowser(t *testing.T) {
	t.Parallel()
	// aula.test is a name for this computer, as a classmate's page would be served from
	// http://192.168.1.42:8000: not localhost, so not a secure context, so no Web Locks.
	b := startBrowser(t, "fr-FR,fr", "--host-resolver-rules=MAP aula.test 127.0.0.1")
	site, _ := frontend(t)
	file, err := filepath.Abs("../../examples/frontend/index.html")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(site.URL, "http://"))
	tests := []struct {
		name, page string
		locks      bool // the page can share one stream between its tabs
	}{
		{"served over http from another origin", site.URL + "/index.html", true},
		{"opened as a file", "file://" + file, true},
		{"served from a name that is not localhost, without Web Locks", "http://aula.test:" + port + "/index.html", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := b.in(t)
			path := filepath.Join(t.TempDir(), "photos.json")
			titles := []string{"un", "deux", "trois"}
			saveInPlace(t, path, fileWithTitles(titles...))
			base, _, _, _ := startRun(t, "-data", path)
			server, streams := streamGauge(t, base)

			// The first tab, alone: with locks it takes the one stream, and keeps it.
			pages := []*page{b.open(tt.page + "?server=" + server)}
			t.Cleanup(func() {
				for _, p := range pages {
					p.close()
				}
			})
			marker := strconv.FormatInt(time.Now().UnixNano(), 36)
			shows := func(i int, p *page) {
				t.Helper()
				p.waitFor(fmt.Sprintf("tab %d: the photos shown", i+1), titlesShown, strings.Join(titles, " "))
				p.eval(`window.marker = "` + marker + `"`) // gone if the page reloads
			}
			shows(0, pages[0])
			if got := hasLocks(pages[0]); got != tt.locks {
				t.Fatalf("navigator.locks in the page: %v, want %v", got, tt.locks)
			}
			for len(pages) < tabs {
				pages = append(pages, b.open(tt.page+"?server="+server))
			}
			for i, p := range pages {
				shows(i, p)
			}
			// Without locks, only the tab in front listens; Chromium puts each new tab in
			// front, so the last.
			streams.want(t, "with the 8 tabs open", tt.locks, 1, 1)

			// A save reaches every tab, hidden or not, without reloading it.
			follows := func(what string) {
				t.Helper()
				titles = append(titles, strconv.Itoa(len(titles)+1))
				saveInPlace(t, path, fileWithTitles(titles...))
				saved := time.Now()
				for i, p := range pages {
					p.waitFor(fmt.Sprintf("%s, tab %d: the saved photos shown", what, i+1), titlesShown, strings.Join(titles, " "))
				}
				t.Logf("%s: the save reached the %d tabs in %v", what, len(pages), time.Since(saved).Round(time.Millisecond))
			}
			follows("a save")

			// With locks, closing the first tab hands its stream to another tab. Without,
			// the tab brought in front takes the stream of the one now behind it.
			pages[0].close()
			pages = pages[1:]
			pages[2].show()
			streams.want(t, "the first tab closed, the fourth brought in front", tt.locks, 1, 2)
			follows("the first tab closed, the fourth brought in front")
			for i, p := range pages {
				if got := p.eval(`window.marker`); got != marker {
					t.Errorf("tab %d was reloaded: it should follow the changes by itself", i+2)
				}
				if got := p.eval(`document.getElementById("erreur").textContent`); got != "" {
					t.Errorf("tab %d says %q, want nothing", i+2, got)
				}
			}
			t.Logf("%d event streams opened in all", streams.opened.Load())
		})
	}
}

// streams counts the event streams between the pages and a server.
type streams struct{ open, opened atomic.Int32 }

// streamGauge stands between the pages and the server at base, in the server's place
// for them, and counts the event streams open through it.
func streamGauge(t *testing.T, base string) (string, *streams) {
	t.Helper()
	target, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target) // it flushes each event at once
	s := &streams{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/events" {
			s.opened.Add(1)
			s.open.Add(1)
			defer s.open.Add(-1)
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		srv.CloseClientConnections() // the streams still open
		srv.Close()
	})
	return srv.URL, s
}

// want waits until open streams are open and, with locks, opened streams were ever
// opened (without locks, each tab brought in front opens one), or fails the test.
func (s *streams) want(t *testing.T, when string, locks bool, open, opened int32) {
	t.Helper()
	ok := func() bool { return s.open.Load() == open && (!locks || s.opened.Load() == opened) }
	if !testkit.Eventually(10*time.Second, 50*time.Millisecond, ok) {
		want := fmt.Sprintf("%d open", open)
		if locks {
			want += fmt.Sprintf(", %d opened", opened)
		}
		t.Errorf("%s: %d event streams open, %d opened so far; want %s", when, s.open.Load(), s.opened.Load(), want)
	}
}

// hasLocks tells whether the page has the Web Locks API.
func hasLocks(p *page) bool { return p.eval(`"locks" in navigator`) == true }
