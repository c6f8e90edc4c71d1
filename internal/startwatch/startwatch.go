// Package startwatch says, once, when the students' package-level code (the list of
// photos.go, which Go runs before main) has been running for After: a loop that never
// ends there would keep go run . and go test silent, since nothing of the engine runs
// before it ends. A loop that makes the list grow would fill the computer's memory, so
// the program stops After later.
//
// The server package starts the watch as it is initialized (Go initializes every package
// a program imports before package main's variables), and each entry point stops it
// first thing, once the students' code has run: server.Main, grading.Main (the students'
// TestMain) and the server's own TestMain. A program that links the server and does not
// stop the watch is stopped by it, loudly; no code asks whether it runs in a test.
package startwatch

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"photoserver/internal/lang"
)

// After is how long the students' package-level code may run before the watch speaks:
// building a list of photos takes microseconds.
const After = 10 * time.Second

// running is the watch started by Start, until Stop.
var running struct {
	sync.Mutex
	w *watcher
}

// Start starts the watch, once: the server package calls it at its initialization.
func Start() {
	running.Lock()
	defer running.Unlock()
	if running.w == nil {
		running.w = watch(After, os.Stderr, os.Getenv, os.Exit)
	}
}

// Stop stops the watch, even after it has spoken: the students' package-level code has
// run, however long it took. It does nothing when the watch was never started.
func Stop() {
	running.Lock()
	defer running.Unlock()
	if running.w != nil {
		running.w.stop()
	}
}

// A watcher speaks, then stops the program, unless it is stopped first.
type watcher struct {
	mu      sync.Mutex
	stopped bool
	timer   *time.Timer
}

// watch writes to w, after d, that the students' code has been running for d, in the
// language of getenv (LANG and its kin), then, after d more, that the program stops,
// and calls exit(1).
func watch(d time.Duration, w io.Writer, getenv func(string) string, exit func(int)) *watcher {
	wt := &watcher{}
	wt.mu.Lock()
	defer wt.mu.Unlock()
	wt.timer = time.AfterFunc(d, func() {
		wt.mu.Lock()
		defer wt.mu.Unlock()
		if wt.stopped {
			return
		}
		p := lang.Terminal(getenv)
		fmt.Fprintln(w, p.Sprintf("photos.go or fake.go has been running for %s before the server could start: look there for a loop that never ends (Ctrl+C stops)",
			p.Sprintf("%.0f s", d.Seconds())))
		wt.timer = time.AfterFunc(d, func() {
			wt.mu.Lock()
			defer wt.mu.Unlock()
			if wt.stopped {
				return
			}
			fmt.Fprintln(w, p.Sprintf("stopped after %s: fix the loop, then start the server again with go run .",
				p.Sprintf("%.0f s", 2*d.Seconds())))
			exit(1)
		})
	})
	return wt
}

// stop stops the watcher: nothing more is said, the program is not stopped.
func (wt *watcher) stop() {
	wt.mu.Lock()
	defer wt.mu.Unlock()
	wt.stopped = true
	wt.timer.Stop()
}
