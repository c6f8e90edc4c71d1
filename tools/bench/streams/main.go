// Command streams holds event streams open on the photo server, as that many open
// example pages would (issue 20: the load measured with 1000 streams beside it). Each
// stream is its own connection that asks GET /events and reads what comes until the
// server closes it; it is opened again if it closes. It runs until Ctrl+C and says
// how many streams are open each second on stderr.
//
//	go run ./tools/bench/streams -n 1000 -url http://127.0.0.1:9000/events
//
// tools/bench/compare-streams.sh runs it beside ../shared/bench/compare.sh.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"sync/atomic"
	"time"
)

func main() {
	n := flag.Int("n", 1000, "how many streams to hold open")
	target := flag.String("url", "http://127.0.0.1:9000/events", "the server's /events")
	flag.Parse()
	u, err := url.Parse(*target)
	if err != nil {
		fmt.Fprintln(os.Stderr, "streams:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var open, events atomic.Int64
	for range *n {
		go func() {
			for ctx.Err() == nil {
				hold(ctx, u, &open, &events)
				time.Sleep(100 * time.Millisecond)
			}
		}()
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			fmt.Fprintf(os.Stderr, "%s %d streams open, %d events read\n", time.Now().Format(time.TimeOnly), open.Load(), events.Load())
		}
	}
}

// hold opens one stream and reads it until it closes or ctx is done.
func hold(ctx context.Context, u *url.URL, open, events *atomic.Int64) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", u.Host)
	if err != nil {
		return
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	req, _ := http.NewRequest(http.MethodGet, u.String(), nil)
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Origin", "null")
	if err := req.Write(conn); err != nil {
		return
	}
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, req)
	if err != nil || resp.StatusCode != http.StatusOK {
		return
	}
	open.Add(1)
	defer open.Add(-1)
	lines := bufio.NewScanner(resp.Body)
	for lines.Scan() {
		if len(lines.Bytes()) > 5 && string(lines.Bytes()[:5]) == "data:" {
			events.Add(1)
		}
	}
}
