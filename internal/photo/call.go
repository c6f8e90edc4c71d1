package photo

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/program"
)

// CallError is why a call of the students' code (fakePhoto in fake.go) did not give its
// result: it panicked, or it was still running when its time limit passed (a loop that
// never ends).
type CallError struct {
	// Where is the line of the students' files where it panicked ("fake.go:14"): the
	// deepest frame in a file of the module outside internal/ and vendor/; "" when there
	// is none, and always for a call that timed out (Go cannot see where another
	// goroutine is: the sentence then names fake.go, where fakePhoto is).
	Where string
	// Panic is the value it panicked with; nil when it timed out.
	Panic any
	// Limit is the time limit that passed; 0 when it panicked.
	Limit time.Duration
	// Photo is the number of the photo fakePhoto was making (from 1), when known.
	Photo int
}

func (e *CallError) Error() string {
	if e.Limit > 0 {
		return fmt.Sprintf("still running after %v", e.Limit)
	}
	return fmt.Sprintf("panic: %v", e.Panic)
}

// Explain says in one sentence, for the students, what went wrong in fakePhoto and
// what to do: "fake.go:14: fakePhoto stops with a Go error (runtime error: index out of
// range [3] with length 3): fix that line".
func (e *CallError) Explain(p *message.Printer) string {
	where := e.Where
	if where == "" {
		where = "fake.go"
	}
	if e.Limit > 0 {
		return p.Sprintf("%s: fakePhoto has not made its photos after %s: look there for a loop that never ends", where, p.Sprintf("%.0f s", e.Limit.Seconds()))
	}
	if m := outOfRange.FindStringSubmatch(fmt.Sprint(e.Panic)); m != nil { // the beginner's most common panic
		n, _ := strconv.Atoi(m[2])
		if n == 0 {
			return p.Sprintf("%s: fakePhoto takes item %s of a list that is empty: fix that line", where, m[1])
		}
		return p.Sprintf("%s: fakePhoto takes item %s of a list that has %s, numbered from 0 to %s: fix that line", where, m[1], m[2], strconv.Itoa(n-1))
	}
	return p.Sprintf("%s: fakePhoto stops with a Go error (%v): fix that line", where, e.Panic)
}

// outOfRange matches Go's panic for an index past a list's end.
var outOfRange = regexp.MustCompile(`index out of range \[(-?\d+)\] with length (\d+)`)

// Call runs f, a call of the students' code, in a goroutine of its own, and returns what
// it returns, or a *CallError when f panics or, if limit is over 0, when it has not returned
// after limit. A call that times out is left running: Go cannot stop a goroutine, so
// the caller gives up on it (and on any lock it holds) and says why. Written here, not
// taken from a library: the standard library recovers a panic but does not say at
// which line of the students' files it happened.
func Call[T any](limit time.Duration, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		if pan := program.Call(func() { r.v, r.err = f() }); pan != nil { // at the students' line
			r.err = &CallError{Where: pan.Where, Panic: pan.Value}
		}
		done <- r
	}()
	var timeout <-chan time.Time
	if limit > 0 {
		t := time.NewTimer(limit)
		defer t.Stop()
		timeout = t.C
	}
	select {
	case r := <-done:
		return r.v, r.err
	case <-timeout:
		var zero T
		return zero, &CallError{Limit: limit}
	}
}
