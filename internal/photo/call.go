package photo

import (
	"strconv"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/lang"
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
	// OutOfRange is set when it panicked on an index past a list's end, with the index
	// and the list's length (program.Panic: read from the runtime's value, not its text).
	OutOfRange bool
	Index      int64
	Length     int
}

// Error is the sentence in English (Say).
func (e *CallError) Error() string { return e.Say(lang.English) }

// callError is the CallError of a panic program.Call recovered.
func callError(pan *program.Panic) *CallError {
	return &CallError{Where: pan.Where, Panic: pan.Value, Photo: pan.Photo, OutOfRange: pan.OutOfRange, Index: pan.Index, Length: pan.Length}
}

// Say says in one sentence, for the students, what went wrong in fakePhoto and what to
// do: "fake.go:14: fakePhoto takes item 3 of a list that has 3, numbered from 0 to 2:
// fix that line"; any other panic with Go's own words, "fake.go:14: fakePhoto stops
// with a Go error (assignment to entry in nil map): fix that line".
func (e *CallError) Say(p *message.Printer) string {
	where := e.Where
	if where == "" {
		where = "fake.go"
	}
	if e.Limit > 0 {
		return p.Sprintf("%s: fakePhoto has not made its photos after %s: look there for a loop that never ends", where, p.Sprintf("%.0f s", e.Limit.Seconds()))
	}
	if e.OutOfRange { // the beginner's most common panic
		index := strconv.FormatInt(e.Index, 10)
		if e.Length == 0 {
			return p.Sprintf("%s: fakePhoto takes item %s of a list that is empty: fix that line", where, index)
		}
		return p.Sprintf("%s: fakePhoto takes item %s of a list that has %s, numbered from 0 to %s: fix that line", where, index, strconv.Itoa(e.Length), strconv.Itoa(e.Length-1))
	}
	return p.Sprintf("%s: fakePhoto stops with a Go error (%v): fix that line", where, e.Panic)
}

// Explain is Say, for the callers that name it so (the grading sheet).
func (e *CallError) Explain(p *message.Printer) string { return e.Say(p) }

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
			r.err = callError(pan)
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
