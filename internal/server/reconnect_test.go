//go:build integration && !windows

package server

import (
	"bufio"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// The partner's page must come back by itself when the server stops and starts again
// (Ctrl+C, then go run .), or starts after the page was opened, in Firefox as in
// Chromium: Firefox closes an EventSource for good when the connection is refused, and
// Chromium reconnects as often as the server's retry: says, so the page reconnects
// itself, with a backoff. Each browser runs the same story, on the example page opened
// as a file, as the partner does.

// tab is one tab of the example page in a real browser, whichever the browser.
type tab interface {
	eval(expr string) any
	waitFor(what, expr string, want any)
	consoleErrors() int // how many errors its console has shown so far
}

// picturesShown is what a page shows: the titles of its pictures (their alt), in order.
const picturesShown = `[...document.querySelectorAll("#galerie img")].map((img) => img.alt).join(" ")`

// waitsForTheServer tells whether the page says, in its words, that it waits for the
// server and tries again by itself.
const waitsForTheServer = `document.getElementById("erreur").textContent.includes("La page attend le serveur : elle réessaie toute seule")`

// downFor is how long the test keeps the server down while it counts what the page
// asks; attemptEvery is the least time the page may leave between two attempts.
const (
	downFor      = 10 * time.Second
	attemptEvery = 2 * time.Second
)

// backWithin is how soon the photos must be shown once the server answers again: the
// page's longest wait between two attempts (10 s), and the time to load them.
const backWithin = 13 * time.Second

func TestThePartnersPageComesBackByItselfInChromium(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, "fr-FR,fr")
	for _, page := range partnersPages(t) {
		t.Run(page.name, func(t *testing.T) {
			b := b.in(t)
			thePageComesBackByItself(t, page.file, func(url string) tab {
				p := b.open(url)
				p.watchConsole()
				return p
			})
		})
	}
}

func TestThePartnersPageComesBackByItselfInFirefox(t *testing.T) {
	t.Parallel()
	f := startFirefox(t)
	for _, page := range partnersPages(t) {
		t.Run(page.name, func(t *testing.T) {
			thePageComesBackByItself(t, page.file, func(url string) tab { return f.open(t, url) })
		})
	}
}

// partnersPage is a page the partner may start from, as a file.
type partnersPage struct{ name, file string }

// partnersPages are the example page, and the README's short example (its first
// JavaScript block after "L'essentiel") in a page of its own that takes the server's
// address from ?server=, as the example page does.
func partnersPages(t *testing.T) []partnersPage {
	t.Helper()
	example, err := filepath.Abs("../../examples/frontend/index.html")
	if err != nil {
		t.Fatal(err)
	}
	readme := readFile(t, "../../README.md")
	_, after, ok := strings.Cut(readme, "L'essentiel :\n\n```js\n")
	code, _, ok2 := strings.Cut(after, "```")
	const serverLine = `const server = "http://192.168.1.23:9000";`
	if !ok || !ok2 || !strings.Contains(code, serverLine) {
		t.Fatalf("the README has no short example starting with %s after \"L'essentiel :\"", serverLine)
	}
	code = strings.Replace(code, serverLine, `const server = new URLSearchParams(location.search).get("server");`, 1)
	short := filepath.Join(t.TempDir(), "readme.html")
	page := "<!doctype html>\n<meta charset=\"utf-8\">\n<p id=\"erreur\"></p>\n<div id=\"galerie\"></div>\n<script>\n" + code + "</script>\n"
	if err := os.WriteFile(short, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	return []partnersPage{{"the example page", example}, {"the README's short example", short}}
}

// thePageComesBackByItself opens the page file, as a file, before its server starts;
// starts the server; stops it, counting for downFor what the page asks while it is down;
// and starts it again on the same port, with one more photo.
func thePageComesBackByItself(t *testing.T, file string, open func(url string) tab) {
	addr := freeAddress(t)
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un", "deux"))

	p := open("file://" + file + "?server=http://" + addr)
	p.waitFor("the page opened before the server says it waits for it", waitsForTheServer, true)
	_, _, _, stop := startRun(t, "-data", path, "-addr", addr)
	started := time.Now()
	p.waitFor("the photos, once the server started", picturesShown, "un deux")
	if took := time.Since(started); took > backWithin {
		t.Errorf("the photos were shown %v after the server started, want within %v", took.Round(100*time.Millisecond), backWithin)
	}
	t.Logf("the page showed the photos %v after the server started", time.Since(started).Round(100*time.Millisecond))
	marker := strconv.FormatInt(time.Now().UnixNano(), 36)
	p.eval(`window.marker = "` + marker + `"`) // gone if the page reloads

	stop() // Ctrl+C
	p.waitFor("the page says it waits for the stopped server", waitsForTheServer, true)
	errorsBefore := p.consoleErrors()
	asked := countRequests(t, addr, func() {
		// For the whole of downFor, the page keeps saying it waits.
		if testkit.Eventually(downFor, 200*time.Millisecond, func() bool { return p.eval(waitsForTheServer) != true }) {
			t.Errorf("while the server is down, the page says %q; want that it waits for the server", p.eval(`document.getElementById("erreur").textContent`))
		}
	})
	errors := p.consoleErrors() - errorsBefore
	most := int(downFor/attemptEvery) + 1
	t.Logf("in %v without the server, the page asked /events %d times and /photos %d times; its console showed %d errors", downFor, asked["/events"], asked["/photos"], errors)
	if total := asked["/events"] + asked["/photos"]; total > most {
		t.Errorf("in %v without the server, the page asked it %d times (/events %d, /photos %d); want at most %d, once every %v", downFor, total, asked["/events"], asked["/photos"], most, attemptEvery)
	}
	if asked["/events"] == 0 {
		t.Errorf("in %v without the server, the page never tried /events again: it would not come back by itself", downFor)
	}
	if attempts := asked["/events"] + asked["/photos"]; errors > attempts+1 { // +1: an attempt just before the count began
		t.Errorf("the console showed %d errors for %d attempts; want at most one per attempt", errors, attempts)
	}

	saveInPlace(t, path, fileWithTitles("un", "deux", "trois"))
	startRun(t, "-data", path, "-addr", addr)
	restarted := time.Now()
	p.waitFor("the photos, once the server started again", picturesShown, "un deux trois")
	if took := time.Since(restarted); took > backWithin {
		t.Errorf("the photos were shown %v after the server started again, want within %v", took.Round(100*time.Millisecond), backWithin)
	}
	t.Logf("the page showed the photos %v after the server started again", time.Since(restarted).Round(100*time.Millisecond))
	p.waitFor("the page says nothing is wrong any more", `document.getElementById("erreur").textContent`, "")
	if got := p.eval(`window.marker`); got != marker {
		t.Errorf("the page was reloaded (marker %v): it should come back by itself", got)
	}
}

// freeAddress is an address of 127.0.0.1 with a port that nothing listens on.
func freeAddress(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// countRequests listens on addr while during runs, in the place of a server that is
// down: it reads the first line of each request, counts its path, and closes the
// connection without an answer. It returns how many attempts asked each path.
// A stopped server refuses connections, which cannot be counted; a connection closed
// without an answer is as close as can be, but Firefox then sends the same request
// again, ten times within a few milliseconds: requests for one path less than 100 ms
// apart are one attempt of the page.
func countRequests(t *testing.T, addr string, during func()) map[string]int {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listening on %s, where the stopped server was: %v", addr, err)
	}
	var mu sync.Mutex
	asked := map[string]int{}
	last := map[string]time.Time{} // when each path was last asked
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
				line, err := bufio.NewReader(c).ReadString('\n')
				if err != nil {
					return // a connection opened ahead, without a request
				}
				fields := strings.Fields(line)
				if len(fields) < 2 {
					return
				}
				path, _, _ := strings.Cut(fields[1], "?")
				mu.Lock()
				if now := time.Now(); now.Sub(last[path]) > 100*time.Millisecond {
					asked[path]++
					last[path] = now
				} else {
					last[path] = now // the browser asking again at once: the same attempt
				}
				mu.Unlock()
			}()
		}
	}()
	during()
	l.Close()
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	return asked
}
