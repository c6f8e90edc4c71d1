package server

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"photoserver/internal/testkit"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// Benchmarks: make bench runs them with a load run of wrk; BENCHMARKS.md holds figures.

// nopWriter is a ResponseWriter that throws the answer away, so that the benchmarks
// measure the handler and not a recorder.
type nopWriter struct{ h http.Header }

func (w *nopWriter) Header() http.Header         { return w.h }
func (w *nopWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *nopWriter) WriteHeader(int)             {}

func benchmarkGet(b *testing.B, list []Photo, target string, header ...string) {
	h := newTestHandler(b, list, false)
	r := httptest.NewRequest("GET", target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := &nopWriter{h: http.Header{}}
	h.ServeHTTP(w, r) // the first answer may compress once
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		clear(w.h)
		h.ServeHTTP(w, r)
	}
}

func BenchmarkListBuiltIn(b *testing.B) { benchmarkGet(b, testkit.ClassPhotos, "/photos") }

func BenchmarkListBuiltInFrenchBrowser(b *testing.B) {
	benchmarkGet(b, testkit.ClassPhotos, "/photos", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8")
}

func BenchmarkListFake1000(b *testing.B) { benchmarkGet(b, fakeList(b, 1000, 1), "/photos") }

func BenchmarkListFake1000Gzip(b *testing.B) {
	benchmarkGet(b, fakeList(b, 1000, 1), "/photos", "Accept-Encoding", "gzip, deflate")
}

func BenchmarkFilteredQueryFake1000(b *testing.B) {
	benchmarkGet(b, fakeList(b, 1000, 1), "/photos?q=dolor&offset=5&limit=20")
}

func BenchmarkKeywordQueryFake1000(b *testing.B) {
	benchmarkGet(b, fakeList(b, 1000, 1), "/photos?keyword=et")
}

func BenchmarkSortedPageFake1000(b *testing.B) {
	benchmarkGet(b, fakeList(b, 1000, 1), "/photos?_sort=title&_page=3&_limit=20")
}

func BenchmarkOnePhotoFake1000(b *testing.B) { benchmarkGet(b, fakeList(b, 1000, 1), "/photos/500") }

// BenchmarkRequestLogBusy is what the log adds to a request when requests come
// faster than a person can read (one summary line a second).
func BenchmarkRequestLogBusy(b *testing.B) {
	l := newRequestLog(io.Discard, en)
	h := l.middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }))
	r := httptest.NewRequest("GET", "/photos", nil)
	w := &nopWriter{h: http.Header{}}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		h.ServeHTTP(w, r)
	}
}

// BenchmarkStartup starts the real program with the built-in list and measures the
// time to its first answer, and its resident memory after a thousand answers.
func BenchmarkStartup(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "photo-server")
	if out, err := exec.Command("go", "build", "-o", bin, "photoserver").CombinedOutput(); err != nil { // the students' program
		b.Fatalf("go build: %v\n%s", err, out)
	}
	var firstAnswer time.Duration
	var rssKB int
	b.ResetTimer()
	for range b.N {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		start := time.Now()
		cmd := exec.Command(bin, "-addr", addr)
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		client := &http.Client{}
		for {
			resp, err := client.Get("http://" + addr + "/photos")
			if err == nil {
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				break
			}
			if time.Since(start) > 10*time.Second {
				b.Fatalf("no answer within 10s: %v", err)
			}
			time.Sleep(time.Millisecond)
		}
		firstAnswer += time.Since(start)
		for range 1000 {
			resp, err := client.Get("http://" + addr + "/photos")
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		status, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
		if m := regexp.MustCompile(`VmRSS:\s+(\d+) kB`).FindSubmatch(status); m != nil {
			kb, _ := strconv.Atoi(string(m[1]))
			rssKB = max(rssKB, kb)
		}
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	}
	b.ReportMetric(float64(firstAnswer.Microseconds())/1000/float64(b.N), "ms_to_first_answer")
	b.ReportMetric(float64(rssKB)/1024, "max_rss_MB")
}
