package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/lang"
)

// readableRate is how many request lines a second a person can still follow; past
// it the log prints one summary line per second instead.
const readableRate = 20

// requestLog shows the backend student each request as it arrives (so the partner's
// requests can be seen), and a summary line per second when they come too fast to read.
type requestLog struct {
	out io.Writer
	p   *message.Printer // the terminal's language

	mu       sync.Mutex
	second   int64 // the second being counted (Unix time)
	inSecond int   // requests seen in that second
	busy     bool  // the last second was too busy for one line per request
	sum      summary
	conns    sync.Map // net.Conn -> *connInfo, for requests Go refuses itself
}

// summary counts the requests of one busy second.
type summary struct {
	requests int
	clients  map[string]struct{}
	statuses map[int]int
	first    string    // the first request's own line: shown alone when it is the only one
	end      time.Time // and when it ended
}

func newRequestLog(out io.Writer, p *message.Printer) *requestLog {
	return &requestLog{out: out, p: p}
}

// say writes one sentence of the server's own (not a request's), with the time.
func (l *requestLog) say(sentence string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.out, "%s %s\n", time.Now().Format(time.TimeOnly), sentence)
}

// Write lets Go's HTTP server write its own errors (http.Server.ErrorLog) as log lines.
func (l *requestLog) Write(b []byte) (int, error) {
	l.say(strings.TrimSpace(string(b)))
	return len(b), nil
}

// middleware logs every request that next answers: when it ends, or when it opens
// for an event stream, which lasts.
func (l *requestLog) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if info, ok := r.Context().Value(connKey{}).(*connInfo); ok {
			info.unanswered.Store(false)
		}
		sw := statusWriters.Get().(*statusWriter)
		*sw = statusWriter{ResponseWriter: w, log: l, r: r, start: time.Now()}
		next.ServeHTTP(sw, r)
		if !sw.logged {
			sw.record(time.Now())
		}
		*sw = statusWriter{} // nothing kept: record copies what it keeps
		statusWriters.Put(sw)
	})
}

// statusWriters are reused from one request to the next: the statusWriter was the
// one allocation per request of ours (113 B); what each answer allocates sets how
// often the garbage collector runs (BENCHMARKS.md, issue 20).
var statusWriters = sync.Pool{New: func() any { return new(statusWriter) }}

// record logs one request: its own line, or a count in the second's summary.
// The line is written only when it is shown: a busy second costs no formatting but
// for its first request's line, kept as text. line is not kept (it is reused).
func (l *requestLog) record(client string, status int, end time.Time, line fmt.Stringer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.roll(end.Unix())
	l.inSecond++
	if !l.busy && l.inSecond <= readableRate {
		fmt.Fprintf(l.out, "%s %s\n", end.Format(time.TimeOnly), line)
		return
	}
	if l.sum.clients == nil {
		l.sum.clients, l.sum.statuses = map[string]struct{}{}, map[int]int{}
	}
	l.sum.requests++
	if l.sum.requests == 1 {
		l.sum.first, l.sum.end = line.String(), end
	}
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
	if l.sum.requests == 1 { // after a busy second, one request alone: its own line, not a summary
		fmt.Fprintf(l.out, "%s %s\n", l.sum.end.Format(time.TimeOnly), l.sum.first)
		l.sum = summary{}
	}
	if l.sum.requests > 0 {
		codes := make([]int, 0, len(l.sum.statuses))
		for code := range l.sum.statuses {
			codes = append(codes, code)
		}
		slices.Sort(codes)
		parts := make([]string, len(codes))
		for i, code := range codes {
			parts[i] = l.p.Sprintf("%d x %s", l.sum.statuses[code], strconv.Itoa(code))
		}
		requests, clients := l.p.Sprintf("%d requests", l.sum.requests), l.p.Sprintf("%d clients", len(l.sum.clients))
		line := l.p.Sprintf("%s from %s in this second (%s), too many to show one by one", requests, clients, strings.Join(parts, ", "))
		if l.sum.requests <= readableRate { // the end of a busy moment
			line = l.p.Sprintf("%s from %s in this second (%s)", requests, clients, strings.Join(parts, ", "))
		}
		fmt.Fprintf(l.out, "%s %s\n", time.Unix(l.second, 0).Format(time.TimeOnly), line)
		l.sum = summary{}
	}
	l.busy = sec == l.second+1 && l.inSecond > readableRate
	l.second, l.inSecond = sec, 0
}

// clientOf is the address of the computer that sent r, without its port.
func clientOf(remoteAddr string) string {
	client, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		return remoteAddr
	}
	return client
}

// statusWriter remembers the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	log    *requestLog
	r      *http.Request
	start  time.Time
	end    time.Time
	status int
	size   int
	logged bool
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

// FlushError sends what is written so far (for http.ResponseController); the first
// flush of an event stream logs it as open: a stream is shown once, when it starts.
func (w *statusWriter) FlushError() error {
	if !w.logged && strings.HasPrefix(w.Header().Get("Content-Type"), "text/event-stream") {
		w.record(time.Now())
	}
	return http.NewResponseController(w.ResponseWriter).Flush()
}

// Unwrap lets http.ResponseController reach the connection (for deadlines).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// record logs the request, once.
func (w *statusWriter) record(end time.Time) {
	w.logged, w.end = true, end
	if w.status == 0 {
		w.status = http.StatusOK
	}
	w.log.record(clientOf(w.r.RemoteAddr), w.status, end, w)
}

// String is the request's log line: client, method, address, status, size and time.
func (w *statusWriter) String() string {
	size := w.size
	if w.r.Method == http.MethodHead {
		size = 0 // Go counts what HEAD would have sent, but sends none of it
	}
	what := lang.Size(w.log.p, int64(size)) + " " + lang.Duration(w.log.p, w.end.Sub(w.start))
	switch asked := w.r.Header.Get("Access-Control-Request-Method"); {
	case strings.HasPrefix(w.Header().Get("Content-Type"), "text/event-stream") && w.status == http.StatusOK && w.r.Method != http.MethodHead:
		what = w.log.p.Sprintf("event stream opened: it stays open to send each change")
	case w.r.Method != http.MethodOptions || asked == "":
	case asked == http.MethodGet || asked == http.MethodHead:
		what = w.log.p.Sprintf("a page asks whether it may %s here (a CORS preflight): yes", asked)
	default:
		what = w.log.p.Sprintf("a page asks whether it may %s here (a CORS preflight): yes, so that it reads this server's answer, which will be that it only reads photos", asked)
	}
	return fmt.Sprintf("%s %s %s %d %s", clientOf(w.r.RemoteAddr), w.r.Method, w.r.URL.RequestURI(), w.status, what)
}

// sentence is a log line already written.
type sentence string

func (s sentence) String() string { return string(s) }

// connKey is the context key of a connection's connInfo.
type connKey struct{}

// connInfo follows one connection, to see requests that Go's HTTP server refuses itself
// before any handler (a malformed Host header, headers too large, a request cut off).
type connInfo struct {
	unanswered atomic.Bool // a request began and no handler took it yet
}

// connContext gives each connection its connInfo (http.Server.ConnContext).
func (l *requestLog) connContext(ctx context.Context, c net.Conn) context.Context {
	info := &connInfo{}
	l.conns.Store(c, info)
	return context.WithValue(ctx, connKey{}, info)
}

// connState logs a connection that closes after a request no handler took
// (http.Server.ConnState): the partner's page sees only a network error then.
func (l *requestLog) connState(c net.Conn, state http.ConnState) {
	v, ok := l.conns.Load(c)
	if !ok {
		return
	}
	info := v.(*connInfo)
	switch state {
	case http.StateActive:
		info.unanswered.Store(true)
	case http.StateClosed, http.StateHijacked:
		l.conns.Delete(c)
		if state == http.StateClosed && info.unanswered.Load() {
			client := clientOf(c.RemoteAddr().String())
			l.record(client, http.StatusBadRequest, time.Now(), sentence(l.p.Sprintf("%s: a request was refused before it could be read (a malformed Host header, headers over 64 kB, or a request cut off), so the partner's page only sees a network error: check the address the page uses", client)))
		}
	}
}
