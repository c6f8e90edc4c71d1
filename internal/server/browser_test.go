//go:build integration && !windows

package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"photoserver/internal/datafile"
	"photoserver/internal/testkit"
)

// The partner's page in a real browser: headless Chromium, driven through its DevTools
// protocol over a pipe (--remote-debugging-pipe: one JSON message, then a NUL byte), so
// that the test can read the page's DOM while its event stream stays open.
//
// Each test that drives a browser (here, tabs_test.go, reconnect_test.go), json-server
// (jsonserver_test.go) or clients that wait for a timeout (sturdy_test.go) starts its
// own, with its own server and ports, and spends its time waiting for them: it runs in
// parallel with the others of its kind (t.Parallel), after the package's other tests. A
// test that changes a package-level variable (a timing of the event streams) must not.

// chromium finds a Chromium to play the frontend partner, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("the browser tests drive Chromium on Linux only")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no Chromium installed, so the partner's page cannot be tried in a real browser: install Debian's chromium package (.ci/run does)")
	return ""
}

// browser is a headless Chromium and the pipe that drives it, for the test t.
type browser struct {
	t *testing.T
	*pipe
}

// pipe is the DevTools pipe to one Chromium, shared by the tests that drive it in turn.
type pipe struct {
	w      *os.File // Chromium reads commands from it (its fd 3)
	msgs   chan map[string]any
	nextID int

	mu     sync.Mutex
	errors map[string]int // console errors, by session (see watchConsole)
}

// in is the same browser, for the subtest t: its failures end t, not the test above it.
func (b *browser) in(t *testing.T) *browser { return &browser{t: t, pipe: b.pipe} }

// startBrowser starts headless Chromium whose pages prefer the languages of
// acceptLanguage, with more command-line flags if given; it is stopped, and its profile
// removed, when the test ends.
func startBrowser(t *testing.T, acceptLanguage string, flags ...string) *browser {
	t.Helper()
	path := chromium(t)
	dir := t.TempDir()
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	resR, resW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--accept-lang=" + acceptLanguage, "--remote-debugging-pipe"}
	cmd := exec.Command(path, append(append(args, flags...), "about:blank")...)
	cmd.ExtraFiles = []*os.File{cmdR, resW}               // fd 3 and fd 4 in Chromium
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // so that all its processes can be stopped
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	cmdR.Close()
	resW.Close()
	b := &browser{t: t, pipe: &pipe{w: cmdW, msgs: make(chan map[string]any, 100), errors: map[string]int{}}}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	go func() {
		defer close(b.msgs)
		r := bufio.NewReader(resR)
		for {
			msg, err := r.ReadBytes(0)
			if err != nil {
				return
			}
			var m map[string]any
			if json.Unmarshal(msg[:len(msg)-1], &m) == nil {
				b.countError(m)
				b.msgs <- m
			}
		}
	}()
	t.Cleanup(func() {
		cmdW.Close() // Chromium ends when its command pipe closes
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
		resR.Close()
		if t.Failed() {
			t.Logf("Chromium said:\n%s", stderr.String())
		}
	})
	return b
}

// countError counts m when it is an event that shows an error in a page's console: a
// failed request, an uncaught exception, console.error.
func (pp *pipe) countError(m map[string]any) {
	params, _ := m["params"].(map[string]any)
	session, _ := m["sessionId"].(string)
	isError := false
	switch m["method"] {
	case "Log.entryAdded":
		entry, _ := params["entry"].(map[string]any)
		isError = entry["level"] == "error"
	case "Runtime.exceptionThrown":
		isError = true
	case "Runtime.consoleAPICalled":
		isError = params["type"] == "error"
	}
	if isError {
		pp.mu.Lock()
		pp.errors[session]++
		pp.mu.Unlock()
	}
}

// watchConsole starts counting the errors that the tab's console shows.
func (p *page) watchConsole() {
	p.b.t.Helper()
	p.b.call(p.session, "Log.enable", map[string]any{})
	p.b.call(p.session, "Runtime.enable", map[string]any{})
}

// consoleErrors is how many errors the tab's console has shown since watchConsole.
func (p *page) consoleErrors() int {
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	return p.b.errors[p.session]
}

// call sends a DevTools command and returns its result.
func (b *browser) call(session, method string, params map[string]any) map[string]any {
	b.t.Helper()
	b.nextID++
	msg := map[string]any{"id": b.nextID, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	data, _ := json.Marshal(msg)
	if _, err := b.w.Write(append(data, 0)); err != nil {
		b.t.Fatalf("%s: Chromium does not listen: %v", method, err)
	}
	timeout := time.After(60 * time.Second) // a cold Chromium on a busy machine is slow to answer first
	for {
		select {
		case m, ok := <-b.msgs:
			if !ok {
				b.t.Fatalf("%s: Chromium closed its pipe", method)
			}
			if m["id"] != float64(b.nextID) {
				continue // an event, or the answer to another command
			}
			if m["error"] != nil {
				b.t.Fatalf("%s: %v", method, m["error"])
			}
			res, _ := m["result"].(map[string]any)
			return res
		case <-timeout:
			b.t.Fatalf("%s: Chromium did not answer within a minute", method)
		}
	}
}

// page is one tab of the browser.
type page struct {
	b       *browser
	target  string
	session string
}

// open opens url in a new tab, in front of the others: in headless Chromium as in a
// window, the tab in front is the one visible, and the tabs behind it are hidden.
func (b *browser) open(url string) *page {
	b.t.Helper()
	target := b.call("", "Target.createTarget", map[string]any{"url": url})
	attached := b.call("", "Target.attachToTarget", map[string]any{"targetId": target["targetId"], "flatten": true})
	return &page{b: b, target: target["targetId"].(string), session: attached["sessionId"].(string)}
}

// show brings the tab in front, as a click on it would: it becomes visible.
func (p *page) show() {
	p.b.t.Helper()
	p.b.call("", "Target.activateTarget", map[string]any{"targetId": p.target})
}

// close closes the tab.
func (p *page) close() {
	p.b.t.Helper()
	p.b.call("", "Target.closeTarget", map[string]any{"targetId": p.target})
}

// eval runs a JavaScript expression in the page (awaiting it when it is a promise) and
// returns its value, or nil when it threw or the page is not there yet.
func (p *page) eval(expr string) any {
	p.b.t.Helper()
	v, _ := p.evalOrThrown(expr)
	return v
}

// evalOrThrown is eval, with what the expression threw when it did.
func (p *page) evalOrThrown(expr string) (any, string) {
	p.b.t.Helper()
	res := p.b.call(p.session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	if thrown := res["exceptionDetails"]; thrown != nil {
		return nil, fmt.Sprint(thrown)
	}
	v, _ := res["result"].(map[string]any)
	return v["value"], ""
}

// waitFor polls expr until it gives want, or fails the test.
func (p *page) waitFor(what, expr string, want any) {
	p.b.t.Helper()
	var got any
	if !testkit.Eventually(30*time.Second, 50*time.Millisecond, func() bool { got = p.eval(expr); return fmt.Sprint(got) == fmt.Sprint(want) }) {
		p.b.t.Fatalf("%s: %s gives %v, want %v", what, expr, got, want)
	}
}

// frontend serves examples/frontend from another origin, as the partner's computer
// would, and counts how many times the page itself was loaded.
func frontend(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var loads atomic.Int32
	files := http.FileServer(http.Dir("../../examples/frontend"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/index.html" {
			loads.Add(1)
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &loads
}

// shown is what the page shows, read from its DOM: each figure's texts, and how many
// pictures loaded.
const shown = `JSON.stringify({
	texts: [...document.querySelectorAll("figure")].map((f) => [...f.querySelectorAll("h2, p")].map((e) => e.textContent)),
	loaded: [...document.querySelectorAll("figure img")].filter((img) => img.complete && img.naturalWidth > 0).length,
	error: document.getElementById("erreur").textContent,
})`

func TestThePartnersPageShowsEveryPhotoInARealBrowser(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, "fr-FR,fr")
	base, _, _, _ := startRun(t, "-offline")
	site, _ := frontend(t)
	want := fetchPhotosFrom(t, base)
	for _, server := range []string{base, base + "/photos", base + "/photos/", strings.TrimPrefix(base, "http://")} {
		t.Run("given "+server, func(t *testing.T) {
			p := b.in(t).open(site.URL + "/index.html?server=" + server)
			p.waitFor("every picture loaded", `document.querySelectorAll("figure img").length > 0 && [...document.querySelectorAll("figure img")].every((img) => img.complete)`, true)
			var got struct {
				Texts  [][]string
				Loaded int
				Error  string
			}
			if err := json.Unmarshal([]byte(p.eval(shown).(string)), &got); err != nil {
				t.Fatal(err)
			}
			if got.Error != "" || len(got.Texts) != len(want) || got.Loaded != len(want) {
				t.Fatalf("the page shows %d photos, %d pictures loaded, error %q; want %d and %d, no error", len(got.Texts), got.Loaded, got.Error, len(want), len(want))
			}
			for i, ph := range want {
				if fmt.Sprint(got.Texts[i]) != fmt.Sprint([]string{ph.Title, ph.Description, "#" + ph.Keyword}) {
					t.Errorf("%s: the page shows %q, want its title, description and keyword", name(i, ph), got.Texts[i])
				}
			}
		})
	}
}

func TestThePartnersPageSaysWhatTheServerAnswered(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, "fr-FR,fr")
	base, _, _, _ := startRun(t)
	site, _ := frontend(t)
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()
	silent := silentServer(t)
	noStream := otherServer(t, `[{"id": 1, "title": "Canyon", "url": "https://e.org/1", "description": "Un canyon", "keyword": "paysage"}]`, false)
	tests := []struct {
		name, server, says string
		within             time.Duration // how soon it must be said; 0 for no more than waitFor's limit
	}{
		{"a wrong path: the server's own sentence, in French", base + "/nothing", "Le serveur a répondu 404 : il n'y a rien à /nothing/photos : demandez /photos pour avoir la liste des photos", 0},
		{"no server there", gone.URL, "Le serveur ne répond pas : vérifiez l'adresse " + gone.URL + " et que le serveur tourne.", 0},
		// A firewall that drops packets, a server stopped in its terminal, or a browser
		// already holding six connections to it: fetch alone would wait forever.
		{"a server that takes the connection and never answers", silent, "Le serveur ne répond pas depuis 5 secondes : vérifiez l'adresse " + silent + " et que le serveur tourne. Trop d'onglets ouverts sur ce serveur ?", 12 * time.Second},
		{"a server whose list answers and whose stream never does", noStream, "Le serveur ne répond pas sur /events depuis 5 secondes : les photos ne se mettront pas à jour toutes seules. Trop d'onglets ouverts sur ce serveur ?", 12 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opened := time.Now()
			p := b.in(t).open(site.URL + "/index.html?server=" + tt.server)
			p.waitFor("the error shown", `document.getElementById("erreur").textContent.startsWith(`+strconv.Quote(tt.says)+`)`, true)
			if took := time.Since(opened); tt.within > 0 && took > tt.within {
				t.Errorf("said after %v, want within %v", took.Round(100*time.Millisecond), tt.within)
			}
		})
	}
}

// silentServer is a server that takes connections and never answers them; it is closed
// when the test ends.
func silentServer(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return "http://" + l.Addr().String()
}

// otherServer is another server than this one, whose /photos answers list. Its
// /events sends one event and stays open when streams, and never answers otherwise.
func otherServer(t *testing.T, list string, streams bool) string {
	t.Helper()
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		switch r.URL.Path {
		case "/photos":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, list)
			return
		case "/events":
			if streams {
				w.Header().Set("Content-Type", "text/event-stream")
				fmt.Fprint(w, "data: {}\n\n")
				w.(http.Flusher).Flush()
			}
		default:
			http.NotFound(w, r)
			return
		}
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(func() {
		close(release)
		srv.CloseClientConnections()
		srv.Close()
	})
	return srv.URL
}

func TestThePartnersPageShowsNothingForAFieldTheServerDoesNotSend(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, "fr-FR,fr")
	site, _ := frontend(t)
	// Another server (json-server, a classmate's in another language) may leave fields out.
	server := otherServer(t, `[
		{"id": 1, "title": "Sans mot-clé ni description", "url": "https://e.org/1"},
		{"id": 2, "url": "https://e.org/2", "description": "Sans titre", "keyword": null},
		{"id": 3, "title": "Complète", "url": "https://e.org/3", "description": "Une photo complète", "keyword": "paysage"}
	]`, true)
	p := b.open(site.URL + "/index.html?server=" + server)
	p.waitFor("the photos shown", `document.querySelectorAll("figure").length`, 3)
	var got struct{ Texts [][]string }
	if err := json.Unmarshal([]byte(p.eval(shown).(string)), &got); err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Sans mot-clé ni description", "", ""}, {"", "Sans titre", ""}, {"Complète", "Une photo complète", "#paysage"}}
	if fmt.Sprint(got.Texts) != fmt.Sprint(want) {
		t.Errorf("the page shows %q, want %q: nothing where the server sent nothing", got.Texts, want)
	}
	if alts := p.eval(`[...document.querySelectorAll("img")].map((img) => img.alt).join("|")`); alts != "Sans mot-clé ni description||Complète" {
		t.Errorf("the pictures' alt texts are %q, want %q", alts, "Sans mot-clé ni description||Complète")
	}
	if html := p.eval(`document.getElementById("galerie").innerHTML`).(string); strings.Contains(html, "undefined") || strings.Contains(html, "null") {
		t.Errorf("the page shows undefined or null:\n%s", html)
	}
}

func TestThePartnersPageFollowsASaveWithoutReloading(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, "en")
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	base, _, _, _ := startRun(t, "-data", path)
	site, loads := frontend(t)
	p := b.open(site.URL + "/index.html?server=" + base)
	p.waitFor("the photos shown", `document.querySelectorAll("figure").length`, 2)
	marker := strconv.FormatInt(time.Now().UnixNano(), 36)
	p.eval(`window.marker = "` + marker + `"`) // gone if the page reloads
	saveInPlace(t, path, fileWithTitles("un", "deux", "trois"))
	saved := time.Now()
	p.waitFor("the saved photo shown", `[...document.querySelectorAll("figure h2")].map((h) => h.textContent).join(" ")`, "un deux trois")
	t.Logf("the save reached the page's DOM in %v", time.Since(saved).Round(time.Millisecond))
	if got := p.eval(`window.marker`); got != marker || loads.Load() != 1 {
		t.Errorf("the page was reloaded (marker %v, %d loads): it should follow the change by itself", got, loads.Load())
	}
}

func TestOfflinePicturesKeepEveryLetterInsideInChromium(t *testing.T) {
	t.Parallel()
	b := startBrowser(t, "en")
	titles := []string{
		strings.Repeat("W", 60),
		"MAJUSCULES PARTOUT DANS UN TITRE TRÈS LONG QUI DÉBORDE",
		strings.Repeat("anticonstitutionnellement", 3),
		"👨‍👩‍👧‍👦🇫🇷😀🎉🐶🐱🦊🐻🐼🐨🐯🦁🐮🐷🐸🐵🐔🐧🐦🐤",
		"北京故宫博物院的秋天风景非常美丽令人难忘的照片",
		"صورة جميلة لغروب الشمس فوق البحر الأبيض المتوسط",
		"ÉÈÀÙÂÊÎÔÛÇŒÆ ÉCOLE ÉTÉ ÎLE ÂGE ŒUVRE",
	}
	list := make([]Photo, len(titles))
	for i, title := range titles {
		list[i] = Photo{Title: title, Keyword: strings.Repeat("mot", 20), URL: "https://e.org/x"}
	}
	path := filepath.Join(t.TempDir(), "photos.json")
	c, _ := newCatalog(list)
	saveInPlace(t, path, string(datafile.Body(c)))
	base, _, _, _ := startRun(t, "-offline", "-data", path)
	site, _ := frontend(t)
	p := b.open(site.URL + "/index.html?server=" + base)
	p.waitFor("the page's photos", `document.querySelectorAll("figure").length`, len(titles)) // not about:blank any more
	measure := `(async () => {
		const out = [];
		for (let id = 1; id <= ` + strconv.Itoa(len(titles)) + `; id++) {
			const svg = new DOMParser().parseFromString(await (await fetch("` + base + `/images/" + id + ".svg")).text(), "image/svg+xml").documentElement;
			document.body.append(svg);
			for (const text of svg.querySelectorAll("text")) {
				const box = text.getBBox();
				out.push([id, text.textContent, box.x, box.x + box.width]);
			}
			svg.remove();
		}
		return JSON.stringify(out);
	})()`
	measured, thrown := p.evalOrThrown(measure)
	text, ok := measured.(string)
	if !ok {
		t.Fatalf("the measure in the page failed: %s", thrown)
	}
	var boxes [][]any
	if err := json.Unmarshal([]byte(text), &boxes); err != nil {
		t.Fatal(err)
	}
	for _, box := range boxes {
		left, right := box[2].(float64), box[3].(float64)
		if left < 0 || right > 640 {
			t.Errorf("photo %v: the line %q runs from %.1f to %.1f px, out of the 640 px picture", box[0], box[1], left, right)
		}
	}
	t.Logf("%d lines of text measured in Chromium, all inside 0..640 px", len(boxes))
}
