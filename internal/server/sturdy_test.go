//go:build integration

package server

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// Sturdiness: a whole class, a load tool and stuck clients must not knock the server over.

func TestAThousandConnectionsAtOnceGetNoError(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the load tests take several seconds")
	}
	base, stdout, _, _ := startRun(t)
	const conns, seconds = 1000, 3
	var ok, failed atomic.Int64
	var firstErr atomic.Value
	ready, start := sync.WaitGroup{}, make(chan struct{})
	var wg sync.WaitGroup
	for range conns {
		ready.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1, DisableCompression: true}, Timeout: 20 * time.Second}
			defer client.CloseIdleConnections()
			get := func() {
				resp, err := client.Get(base + "/photos")
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				if err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					return
				}
				ok.Add(1)
			}
			get() // open this goroutine's own connection before the clock starts
			ready.Done()
			<-start
			for deadline := time.Now().Add(seconds * time.Second); time.Now().Before(deadline); {
				get()
			}
		}()
	}
	ready.Wait()
	close(start)
	wg.Wait()
	if failed.Load() != 0 {
		t.Errorf("%d of %d requests over %d connections failed, want none; the first: %v", failed.Load(), failed.Load()+ok.Load(), conns, firstErr.Load())
	}
	lines := strings.Count(stdout.String(), "\n")
	t.Logf("%d requests over %d connections in %ds; the log printed %d lines", ok.Load(), conns, seconds, lines)
	if lines > 4*(readableRate+1)*(seconds+2) {
		t.Errorf("the log printed %d lines for %d requests: past %d a second it should summarize", lines, ok.Load(), readableRate)
	}
	if !strings.Contains(stdout.String(), "too many to show one by one") {
		t.Errorf("under load the log printed no summary line")
	}
}

func TestClientsThatStopMidHeadersDoNotBlockOthers(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("-short: this test waits for the header timeout")
	}
	base, _, _, _ := startRun(t)
	addr := strings.TrimPrefix(base, "http://")
	const slow = 300
	conns := make([]net.Conn, 0, slow)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range slow {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("opening slow client %d: %v", len(conns)+1, err)
		}
		if _, err := c.Write([]byte("GET /photos HTTP/1.1\r\nHost: " + addr + "\r\nUser-Agent: slow")); err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	began := time.Now()
	resp, err := (&http.Client{Timeout: 2 * time.Second}).Get(base + "/photos")
	if err != nil {
		t.Fatalf("with %d clients stuck in their headers, a normal request failed: %v", slow, err)
	}
	resp.Body.Close()
	t.Logf("a normal request was answered in %v beside %d stuck clients", time.Since(began).Round(time.Millisecond), slow)

	timeout := newHTTPServer(nil, newRequestLog(io.Discard, en)).ReadHeaderTimeout
	var cut atomic.Int64
	var wg sync.WaitGroup
	for _, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.SetReadDeadline(time.Now().Add(timeout + 5*time.Second))
			_, err := io.Copy(io.Discard, c) // returns when the server closes the connection
			var ne net.Error
			if !(errors.As(err, &ne) && ne.Timeout()) {
				cut.Add(1)
			}
		}()
	}
	wg.Wait()
	if cut.Load() != slow {
		t.Errorf("%d of %d stuck clients were cut by the header timeout (%v), want all", cut.Load(), slow, timeout)
	}
	if waited := time.Since(began); waited > timeout+4*time.Second {
		t.Errorf("the stuck clients were cut after %v, want about the header timeout %v", waited, timeout)
	}
}

func TestCtrlCUnderLoadFinishesTheRequestsInFlightAndExits0(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the load tests take several seconds")
	}
	cmd, stdout, stderr := server(t, "-addr", "127.0.0.1:0", "-fake", "1000", "-seed", "1")
	waitFor(t, "the banner", 20*time.Second, func() bool { return ownURL.MatchString(stdout.String()) })
	base := "http://127.0.0.1:" + ownURL.FindStringSubmatch(stdout.String())[1]

	var complete, truncated atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
				if err != nil { // the server is gone: nothing was in flight; try again a little later
					select {
					case <-stop:
						return
					case <-time.After(10 * time.Millisecond):
					}
					continue
				}
				ok, started := getOnce(c)
				c.Close()
				switch {
				case ok:
					complete.Add(1)
				case started:
					truncated.Add(1)
				}
			}
		}()
	}
	waitFor(t, "requests to flow", 10*time.Second, func() bool { return complete.Load() > 50 })
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	code := exitCode(t, cmd, 10*time.Second)
	took := time.Since(sent)
	close(stop)
	wg.Wait()
	t.Logf("exit %d, %v after Ctrl+C; %d complete answers, %d cut", code, took.Round(time.Millisecond), complete.Load(), truncated.Load())
	if code != 0 {
		t.Errorf("after Ctrl+C under load the program exited with %d, want 0:\n%s", code, stderr)
	}
	if took > 3*time.Second {
		t.Errorf("the program took %v to stop after Ctrl+C under load, want a second or two", took)
	}
	if truncated.Load() != 0 {
		t.Errorf("%d answers were cut in the middle by Ctrl+C: requests in flight must finish", truncated.Load())
	}
}

var contentLength = regexp.MustCompile(`(?i)\r\ncontent-length: (\d+)\r\n`)

// getOnce sends one GET /photos on c and reads the answer. started says whether the
// server began to answer; ok, whether the whole body arrived and is JSON.
func getOnce(c net.Conn) (ok, started bool) {
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := c.Write([]byte("GET /photos HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")); err != nil {
		return false, false
	}
	r := bufio.NewReader(c)
	head := ""
	for {
		line, err := r.ReadString('\n')
		head += line
		if err != nil {
			return false, head != ""
		}
		if line == "\r\n" {
			break
		}
	}
	m := contentLength.FindStringSubmatch(head)
	if m == nil {
		return false, true
	}
	n, _ := strconv.Atoi(m[1])
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return false, true
	}
	return json.Valid(body), true
}
