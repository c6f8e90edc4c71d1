//go:build integration && !windows

package server

import (
	"bufio"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// The partner's page in Firefox ESR, the browser the class is sent to: headless Firefox
// driven through WebDriver BiDi, its remote protocol, which speaks JSON over a WebSocket
// (ws://127.0.0.1:port/session). Go's standard library has no WebSocket client, and the
// project takes no dependency for its tests either, so the few lines of RFC 6455 a
// client needs (the handshake, masked text frames out, text frames in) are written
// here, for the tests only.

// firefoxPath finds Firefox ESR to play the frontend partner, or skips the test.
func firefoxPath(t *testing.T) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("the browser tests drive Firefox on Linux only")
	}
	for _, name := range []string{"firefox-esr", "firefox"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no Firefox installed, so the partner's page cannot be tried in the class's browser: install Debian's firefox-esr package (.ci/run does)")
	return ""
}

// firefoxPrefs keep the test's Firefox on this computer: no update, telemetry, captive
// portal check, safe browsing list, remote settings or add-on fetch, and every address
// but localhost sent to a proxy that is not there (a page's pictures on the web fail at
// once instead of leaving the machine).
const firefoxPrefs = `user_pref("app.update.disabledForTesting", true);
user_pref("app.update.auto", false);
user_pref("app.normandy.enabled", false);
user_pref("app.shield.optoutstudies.enabled", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.page", 0);
user_pref("browser.startup.homepage", "about:blank");
user_pref("browser.newtabpage.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("browser.safebrowsing.blockedURIs.enabled", false);
user_pref("browser.region.network.url", "");
user_pref("browser.search.geoip.url", "");
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("toolkit.telemetry.unified", false);
user_pref("toolkit.telemetry.server", "");
user_pref("extensions.update.enabled", false);
user_pref("extensions.getAddons.cache.enabled", false);
user_pref("extensions.blocklist.enabled", false);
user_pref("services.settings.server", "http://127.0.0.1:9/");
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("network.dns.disablePrefetch", true);
user_pref("network.prefetch-next", false);
user_pref("network.http.speculative-parallel-limit", 0);
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
user_pref("network.proxy.socks", "127.0.0.1");
user_pref("network.proxy.socks_port", 9);
user_pref("network.proxy.no_proxies_on", "localhost, 127.0.0.1");
user_pref("network.proxy.allow_hijacking_localhost", false);
user_pref("geo.enabled", false);
user_pref("media.gmp-manager.updateEnabled", false);
`

// firefox is a headless Firefox and the WebDriver BiDi session that drives it.
type firefox struct {
	t    *testing.T
	conn *wsConn

	mu        sync.Mutex
	nextID    int
	waiting   map[int]chan bidiMessage
	errors    map[string]int   // console errors, by browsing context
	lastError map[string]int64 // when an error last named an address in a context (ms)
}

// consoleURL finds the address a console line names.
var consoleURL = regexp.MustCompile(`https?://[^\s)]+`)

// bidiMessage is one message from Firefox: a command's answer, or an event.
type bidiMessage struct {
	ID      int             `json:"id"`
	Type    string          `json:"type"` // success, error or event
	Method  string          `json:"method"`
	Result  json.RawMessage `json:"result"`
	Params  json.RawMessage `json:"params"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

// bidiListening is the line Firefox writes when its remote protocol is ready.
var bidiListening = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// startFirefox starts headless Firefox ESR with a profile of its own, opens a BiDi
// session and listens to the pages' consoles; Firefox is stopped, and its profile
// removed, when the test ends.
func startFirefox(t *testing.T) *firefox {
	t.Helper()
	path := firefoxPath(t)
	profile := t.TempDir()
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(firefoxPrefs), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, "--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile, "about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // so that all its processes can be stopped
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var said syncBuffer
	found := make(chan string, 1)
	go func() { // Firefox says on stderr where it listens, then keeps talking there
		r := bufio.NewReader(stderr)
		for {
			line, err := r.ReadString('\n')
			said.Write([]byte(line))
			if m := bidiListening.FindStringSubmatch(line); m != nil {
				found <- m[1]
			}
			if err != nil {
				return
			}
		}
	}()
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	f := &firefox{t: t, waiting: map[int]chan bidiMessage{}, errors: map[string]int{}, lastError: map[string]int64{}}
	t.Cleanup(func() {
		if f.conn != nil {
			f.conn.Close()
		}
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
		if t.Failed() {
			t.Logf("Firefox said:\n%s", said.String())
		}
	})
	var addr string
	select {
	case addr = <-found:
	case <-exited:
		t.Fatalf("Firefox stopped before it listened:\n%s", said.String())
	case <-time.After(60 * time.Second): // a cold Firefox on a busy machine is slow to start
		t.Fatalf("Firefox did not say where it listens within a minute:\n%s", said.String())
	}
	conn, err := dialWebSocket(strings.TrimSuffix(addr, "/") + "/session")
	if err != nil {
		t.Fatalf("connecting to Firefox's WebDriver BiDi: %v", err)
	}
	f.conn = conn
	go f.read()
	f.call("session.new", map[string]any{"capabilities": map[string]any{}})
	f.call("session.subscribe", map[string]any{"events": []string{"log.entryAdded"}})
	return f
}

// read hands each message from Firefox to the command waiting for it, and counts the
// console errors the events report.
func (f *firefox) read() {
	for {
		data, err := f.conn.ReadText()
		if err != nil {
			f.mu.Lock()
			for id, ch := range f.waiting {
				close(ch)
				delete(f.waiting, id)
			}
			f.mu.Unlock()
			return
		}
		var m bidiMessage
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		f.mu.Lock()
		if m.Type == "event" && m.Method == "log.entryAdded" {
			var entry struct {
				Level  string `json:"level"`
				Text   string `json:"text"`
				Source struct {
					Context string `json:"context"`
				} `json:"source"`
				Timestamp int64 `json:"timestamp"` // ms
			}
			if json.Unmarshal(m.Params, &entry) == nil && entry.Level == "error" {
				// Firefox writes two lines for one failed cross-origin request ("Cross-Origin
				// Request Blocked... CORS request did not succeed", then "Firefox can't
				// establish a connection"): lines that name the same address within 50 ms
				// are one error.
				url := consoleURL.FindString(entry.Text)
				key := entry.Source.Context + " " + url
				if last, ok := f.lastError[key]; !ok || url == "" || entry.Timestamp-last > 50 {
					f.errors[entry.Source.Context]++
				}
				f.lastError[key] = entry.Timestamp
			}
		} else if ch, ok := f.waiting[m.ID]; ok && m.Type != "event" {
			ch <- m
			delete(f.waiting, m.ID)
		}
		f.mu.Unlock()
	}
}

// call sends a BiDi command and returns its result, or the error Firefox answered.
func (f *firefox) callOrError(method string, params map[string]any) (json.RawMessage, error) {
	f.mu.Lock()
	f.nextID++
	id := f.nextID
	ch := make(chan bidiMessage, 1)
	f.waiting[id] = ch
	f.mu.Unlock()
	data, _ := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err := f.conn.WriteText(data); err != nil {
		return nil, fmt.Errorf("%s: Firefox does not listen: %w", method, err)
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return nil, fmt.Errorf("%s: Firefox closed its connection", method)
		}
		if m.Type == "error" {
			return nil, fmt.Errorf("%s: %s: %s", method, m.Error, m.Message)
		}
		return m.Result, nil
	case <-time.After(60 * time.Second):
		return nil, fmt.Errorf("%s: Firefox did not answer within a minute", method)
	}
}

// call is callOrError for a command that must succeed.
func (f *firefox) call(method string, params map[string]any) json.RawMessage {
	f.t.Helper()
	res, err := f.callOrError(method, params)
	if err != nil {
		f.t.Fatal(err)
	}
	return res
}

// firefoxTab is one tab of Firefox, for the test t.
type firefoxTab struct {
	f       *firefox
	t       *testing.T
	context string
}

// open opens url in a new tab of Firefox, in front.
func (f *firefox) open(t *testing.T, url string) *firefoxTab {
	t.Helper()
	var created struct{ Context string }
	if err := json.Unmarshal(f.call("browsingContext.create", map[string]any{"type": "tab"}), &created); err != nil {
		t.Fatal(err)
	}
	f.call("browsingContext.navigate", map[string]any{"context": created.Context, "url": url, "wait": "none"})
	return &firefoxTab{f: f, t: t, context: created.Context}
}

// eval runs a JavaScript expression in the page (awaiting it when it is a promise) and
// returns its value (a string, number, boolean or nil), or nil when it threw or the
// page is not there yet.
func (p *firefoxTab) eval(expr string) any {
	p.t.Helper()
	res, err := p.f.callOrError("script.evaluate", map[string]any{
		"expression": expr, "target": map[string]any{"context": p.context},
		"awaitPromise": true, "resultOwnership": "none",
	})
	if err != nil {
		return nil // the page is loading, or gone
	}
	var r struct {
		Type   string
		Result struct {
			Type  string
			Value any
		}
	}
	if json.Unmarshal(res, &r) != nil || r.Type != "success" {
		return nil
	}
	switch r.Result.Type {
	case "string", "number", "boolean":
		return r.Result.Value
	}
	return nil
}

// waitFor polls expr until it gives want, or fails the test.
func (p *firefoxTab) waitFor(what, expr string, want any) {
	p.t.Helper()
	var got any
	if !testkit.Eventually(30*time.Second, 50*time.Millisecond, func() bool { got = p.eval(expr); return fmt.Sprint(got) == fmt.Sprint(want) }) {
		p.t.Fatalf("%s: %s gives %v, want %v", what, expr, got, want)
	}
}

// consoleErrors is how many errors the tab's console has shown so far.
func (p *firefoxTab) consoleErrors() int {
	p.f.mu.Lock()
	defer p.f.mu.Unlock()
	return p.f.errors[p.context]
}

// wsConn is the client side of a WebSocket connection (RFC 6455), text messages only.
type wsConn struct {
	c  net.Conn
	r  *bufio.Reader
	mu sync.Mutex // one writer at a time
}

// wsGUID is the key RFC 6455 adds to the client's to prove the server speaks WebSocket.
const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// dialWebSocket opens a WebSocket to a ws:// address: one HTTP/1.1 Upgrade request,
// whose 101 answer must carry the accept key made from ours.
func dialWebSocket(address string) (*wsConn, error) {
	rest, ok := strings.CutPrefix(address, "ws://")
	if !ok {
		return nil, fmt.Errorf("%s: not a ws:// address", address)
	}
	host, path, _ := strings.Cut(rest, "/")
	c, err := net.DialTimeout("tcp", host, 10*time.Second)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, 16)
	_, _ = rand.Read(nonce)
	key := base64.StdEncoding.EncodeToString(nonce)
	fmt.Fprintf(c, "GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", path, host, key)
	r := bufio.NewReader(c)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		c.Close()
		return nil, err
	}
	sum := sha1.Sum([]byte(key + wsGUID))
	if resp.StatusCode != http.StatusSwitchingProtocols || resp.Header.Get("Sec-WebSocket-Accept") != base64.StdEncoding.EncodeToString(sum[:]) {
		c.Close()
		return nil, fmt.Errorf("%s answered %s, not a WebSocket", address, resp.Status)
	}
	return &wsConn{c: c, r: r}, nil
}

// WriteText sends one text message, in one frame, masked as a client must.
func (w *wsConn) WriteText(data []byte) error {
	return w.writeFrame(0x1, data)
}

// writeFrame sends one final frame of opcode op.
func (w *wsConn) writeFrame(op byte, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	frame := []byte{0x80 | op}
	switch n := len(data); {
	case n < 126:
		frame = append(frame, 0x80|byte(n))
	case n < 1<<16:
		frame = append(frame, 0x80|126)
		frame = binary.BigEndian.AppendUint16(frame, uint16(n))
	default:
		frame = append(frame, 0x80|127)
		frame = binary.BigEndian.AppendUint64(frame, uint64(n))
	}
	mask := make([]byte, 4)
	_, _ = rand.Read(mask)
	frame = append(frame, mask...)
	for i, b := range data {
		frame = append(frame, b^mask[i%4])
	}
	_, err := w.c.Write(frame)
	return err
}

// ReadText returns the next text message, joining its fragments; it answers pings,
// and returns an error when the connection closes.
func (w *wsConn) ReadText() ([]byte, error) {
	var msg []byte
	for {
		var head [2]byte
		if _, err := io.ReadFull(w.r, head[:]); err != nil {
			return nil, err
		}
		fin, op, n := head[0]&0x80 != 0, head[0]&0x0f, uint64(head[1]&0x7f)
		switch n {
		case 126:
			var ext [2]byte
			if _, err := io.ReadFull(w.r, ext[:]); err != nil {
				return nil, err
			}
			n = uint64(binary.BigEndian.Uint16(ext[:]))
		case 127:
			var ext [8]byte
			if _, err := io.ReadFull(w.r, ext[:]); err != nil {
				return nil, err
			}
			n = binary.BigEndian.Uint64(ext[:])
		}
		if head[1]&0x80 != 0 || n > 64<<20 {
			return nil, errors.New("a masked or oversized frame from the server")
		}
		payload := make([]byte, n)
		if _, err := io.ReadFull(w.r, payload); err != nil {
			return nil, err
		}
		switch op {
		case 0x8: // close
			return nil, io.EOF
		case 0x9: // ping: pong with the same payload
			if err := w.writeFrame(0xA, payload); err != nil {
				return nil, err
			}
			continue
		case 0xA: // pong
			continue
		}
		msg = append(msg, payload...)
		if fin {
			return msg, nil
		}
	}
}

// Close closes the connection.
func (w *wsConn) Close() error { return w.c.Close() }
