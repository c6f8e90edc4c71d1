package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// readableRate is how many request lines a second a person can still follow; past
// it the log prints one summary line per second instead.
const readableRate = 20

// requestLog shows the backend student each request as it arrives (so the partner's
// requests can be seen), and a summary line per second when they come too fast to read.
type requestLog struct {
	out io.Writer

	mu       sync.Mutex
	second   int64 // the second being counted (Unix time)
	inSecond int   // requests seen in that second
	busy     bool  // the last second was too busy for one line per request
	sum      summary
}

// summary counts the requests of one busy second.
type summary struct {
	requests int
	clients  map[string]struct{}
	statuses map[int]int
}

func newRequestLog(out io.Writer) *requestLog { return &requestLog{out: out} }

// printf writes one line of the server's own (not a request's), with the time.
func (l *requestLog) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.out, "%s %s\n", time.Now().Format(time.TimeOnly), fmt.Sprintf(format, args...))
}

// middleware logs every request that next answers.
func (l *requestLog) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		l.record(r, sw.status, sw.size, start, time.Now())
	})
}

func (l *requestLog) record(r *http.Request, status, size int, start, end time.Time) {
	if status == 0 {
		status = http.StatusOK
	}
	client, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		client = r.RemoteAddr
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.roll(end.Unix())
	l.inSecond++
	if !l.busy && l.inSecond <= readableRate {
		fmt.Fprintf(l.out, "%s %s %s %s %d %s %s\n", end.Format(time.TimeOnly), client, r.Method, r.URL.RequestURI(),
			status, formatSize(size), formatDuration(end.Sub(start)))
		return
	}
	if l.sum.clients == nil {
		l.sum.clients, l.sum.statuses = map[string]struct{}{}, map[int]int{}
	}
	l.sum.requests++
	if _, seen := l.sum.clients[client]; !seen {
		l.sum.clients[strings.Clone(client)] = struct{}{}
	}
	l.sum.statuses[status]++
}

// tick prints the summary of a busy second once it is over; call it every second.
func (l *requestLog) tick(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.roll(now.Unix())
}

// roll starts counting second sec, printing the summary of the seconds before it.
func (l *requestLog) roll(sec int64) {
	if sec == l.second {
		return
	}
	if l.sum.requests > 0 {
		codes := make([]int, 0, len(l.sum.statuses))
		for code := range l.sum.statuses {
			codes = append(codes, code)
		}
		slices.Sort(codes)
		parts := make([]string, len(codes))
		for i, code := range codes {
			parts[i] = fmt.Sprintf("%d x %d", l.sum.statuses[code], code)
		}
		clients := "clients"
		if len(l.sum.clients) == 1 {
			clients = "client"
		}
		fmt.Fprintf(l.out, "%s %d requests from %d %s in this second (%s), too many to show one by one\n",
			time.Unix(l.second, 0).Format(time.TimeOnly), l.sum.requests, len(l.sum.clients), clients, strings.Join(parts, ", "))
		l.sum = summary{}
	}
	l.busy = sec == l.second+1 && l.inSecond > readableRate
	l.second, l.inSecond = sec, 0
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	size   int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.size += n
	return n, err
}

func formatSize(n int) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1000)
	default:
		return fmt.Sprintf("%.1f MB", float64(n)/1000/1000)
	}
}

func formatDuration(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}
