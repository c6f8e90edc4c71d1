package server

import (
	"bufio"
	"bytes"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestEachRequestIsOneReadableLine(t *testing.T) {
	var out bytes.Buffer
	h := newTestHandler(t, samplePhotos, false)
	l := newRequestLog(&out, en)
	for _, method := range []string{"GET", "HEAD"} {
		out.Reset()
		r := httptest.NewRequest(method, "/photos?keyword=chien&_=1", nil)
		r.RemoteAddr = "192.168.1.24:51234"
		l.middleware(h).ServeHTTP(httptest.NewRecorder(), r)
		line := regexp.MustCompile(`^\d\d:\d\d:\d\d 192\.168\.1\.24 ` + method + ` /photos\?keyword=chien&_=1 200 \d+ B \d+\.\d ms\n$`)
		if !line.MatchString(out.String()) {
			t.Errorf("the log line %q should give the time, client, method, path with query, status, size and duration", out.String())
		}
		if method == "HEAD" && !strings.Contains(out.String(), " 200 0 B ") {
			t.Errorf("HEAD sends no body, yet the log says %q", out.String())
		}
	}
}

func TestFastRequestsAreSummedUpOncePerSecondInBothLanguages(t *testing.T) {
	for l, lang := range languages {
		var out bytes.Buffer
		log := newRequestLog(&out, lang.P)
		sec := time.Date(2026, 11, 23, 10, 0, 0, 0, time.Local)
		send := func(at time.Time, n int, client string, status int) {
			for range n {
				log.record(client, status, at, sentence(client+" GET /photos"))
			}
		}
		send(sec, 1090, "10.0.0.1", 200)
		send(sec, 10, "10.0.0.2", 404)
		if n := strings.Count(out.String(), "\n"); n != readableRate {
			t.Errorf("in the first busy second, %d lines were printed, want the first %d", n, readableRate)
		}
		send(sec.Add(time.Second), 50, "10.0.0.1", 200)
		send(sec.Add(2*time.Second), 1, "10.0.0.3", 200)
		log.tick(sec.Add(3 * time.Second))
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		want := [][]string{{
			"10:00:00 1,080 requests from 2 clients in this second (1,070 x 200, 10 x 404), too many to show one by one",
			"10:00:01 50 requests from 1 client in this second (50 x 200), too many to show one by one",
			"10:00:02 10.0.0.3 GET /photos",
		}, {
			"10:00:00 1\u00a0080 requêtes de 2 clients dans cette seconde (1\u00a0070 x 200, 10 x 404), trop pour les montrer une par une",
			"10:00:01 50 requêtes de 1 client dans cette seconde (50 x 200), trop pour les montrer une par une",
			"10:00:02 10.0.0.3 GET /photos",
		}}[l]
		if got := strings.Join(lines[readableRate:], "\n"); got != strings.Join(want, "\n") {
			t.Errorf("%s: the summaries are:\n%s\nwant:\n%s", lang.Name, got, strings.Join(want, "\n"))
		}
		out.Reset()
		send(sec.Add(5*time.Second), 1, "10.0.0.3", 200)
		if !strings.Contains(out.String(), "10.0.0.3 GET /photos") {
			t.Errorf("once it is quiet again, a request should have its own line, got %q", out.String())
		}
	}
}

func TestRequestsGoRefusesItselfAreLogged(t *testing.T) {
	var out syncBuffer
	l := newRequestLog(&out, en)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(newTestHandler(t, samplePhotos, false), l)
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	tests := []struct {
		name, request, status string
	}{
		{"a malformed Host header", "GET /photos HTTP/1.1\r\nHost: a b\r\n\r\n", "400 Bad Request"},
		{"headers over 64 kB", "GET /photos HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 80<<10) + "\r\n\r\n", "431 Request Header Fields Too Large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := strings.Count(out.String(), "refused")
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			_, _ = c.Write([]byte(tt.request))
			status, _ := bufio.NewReader(c).ReadString('\n')
			if !strings.Contains(status, tt.status) {
				t.Errorf("Go answered %q, want %s", status, tt.status)
			}
			c.Close()
			waitFor(t, "the log line", 2*time.Second, func() bool { return strings.Count(out.String(), "refused") > before })
			if !strings.Contains(out.String(), "127.0.0.1: a request was refused before it could be read") {
				t.Errorf("the log says:\n%s", out.String())
			}
		})
	}
	client := &http.Client{Transport: &http.Transport{}}
	resp, err := client.Get("http://" + ln.Addr().String() + "/photos")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	before := strings.Count(out.String(), "refused")
	client.CloseIdleConnections()
	waitFor(t, "the served connection to close", 2*time.Second, func() bool {
		open := 0
		l.conns.Range(func(any, any) bool { open++; return true })
		return open == 0
	})
	if strings.Count(out.String(), "refused") != before {
		t.Errorf("a connection that was served was logged as refused:\n%s", out.String())
	}
}

func TestAPreflightIsLoggedWithWhatThePageWanted(t *testing.T) {
	for l, lang := range languages {
		var out syncBuffer
		h := newRequestLog(&out, lang.P).middleware(withCORS(http.NotFoundHandler()))
		serveRequest(h, withHeaders(httptest.NewRequest("OPTIONS", "/photos/3", nil), "Origin", "null", "Access-Control-Request-Method", "PUT"))
		serveRequest(h, withHeaders(httptest.NewRequest("OPTIONS", "/photos", nil), "Origin", "null", "Access-Control-Request-Method", "GET"))
		want := [][]string{{"OPTIONS /photos/3 204 a page asks whether it may PUT here (a CORS preflight): yes, so that it reads this server's answer, which will be that it only reads photos", "OPTIONS /photos 204 a page asks whether it may GET here (a CORS preflight): yes"},
			{"OPTIONS /photos/3 204 une page demande si elle peut faire un PUT ici (une requête CORS préalable) : oui, pour qu'elle lise la réponse du serveur", "OPTIONS /photos 204 une page demande si elle peut faire un GET ici"}}[l]
		for _, w := range want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: the log does not say %q:\n%s", lang.Name, w, out.String())
			}
		}
	}
}

// withHeaders sets header pairs on r.
func withHeaders(r *http.Request, header ...string) *http.Request {
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	return r
}
