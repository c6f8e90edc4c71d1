package main

import (
	"bytes"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestEachRequestIsOneReadableLine(t *testing.T) {
	var out bytes.Buffer
	h := newTestHandler(t, samplePhotos, false)
	l := newRequestLog(&out)
	r := httptest.NewRequest("GET", "/photos?keyword=chien&_=1", nil)
	r.RemoteAddr = "192.168.1.24:51234"
	l.middleware(h).ServeHTTP(httptest.NewRecorder(), r)
	line := regexp.MustCompile(`^\d\d:\d\d:\d\d 192\.168\.1\.24 GET /photos\?keyword=chien&_=1 200 \d+ B \d+\.\d ms\n$`)
	if !line.MatchString(out.String()) {
		t.Errorf("the log line %q should give the time, client, method, path with query, status, size and duration", out.String())
	}
}

func TestFastRequestsAreSummedUpOncePerSecond(t *testing.T) {
	var out bytes.Buffer
	l := newRequestLog(&out)
	sec := time.Date(2026, 11, 23, 10, 0, 0, 0, time.Local)
	send := func(at time.Time, n int, client string, status int) {
		for range n {
			r := httptest.NewRequest("GET", "/photos", nil)
			r.RemoteAddr = client + ":40000"
			l.record(r, status, 100, at, at)
		}
	}
	send(sec, 90, "10.0.0.1", 200)
	send(sec, 10, "10.0.0.2", 404)
	if n := strings.Count(out.String(), "\n"); n != readableRate {
		t.Errorf("in the first busy second, %d lines were printed, want the first %d", n, readableRate)
	}
	send(sec.Add(time.Second), 50, "10.0.0.1", 200)
	l.tick(sec.Add(2 * time.Second))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	want := []string{
		"10:00:00 80 requests from 2 clients in this second (70 x 200, 10 x 404), too many to show one by one",
		"10:00:01 50 requests from 1 client in this second (50 x 200), too many to show one by one",
	}
	if got := strings.Join(lines[readableRate:], "\n"); got != strings.Join(want, "\n") {
		t.Errorf("the summaries are:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	out.Reset()
	send(sec.Add(5*time.Second), 1, "10.0.0.3", 200)
	if !strings.Contains(out.String(), "10.0.0.3 GET /photos 200") {
		t.Errorf("once it is quiet again, a request should have its own line, got %q", out.String())
	}
}
