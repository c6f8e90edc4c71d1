package testkit

import (
	"testing"
	"time"
)

func TestEventuallyLooksUntilTheConditionHolds(t *testing.T) {
	looks := 0
	if !Eventually(time.Minute, time.Millisecond, func() bool { looks++; return looks == 3 }) {
		t.Fatal("Eventually says a condition true at the third look never held")
	}
	if looks != 3 {
		t.Errorf("Eventually looked %d times at a condition true at the third look, want 3", looks)
	}
}

func TestEventuallyLooksALastTimeAtTheDeadline(t *testing.T) {
	start := time.Now()
	var last time.Time
	looks := 0
	if Eventually(30*time.Millisecond, 5*time.Millisecond, func() bool { looks++; last = time.Now(); return false }) {
		t.Fatal("Eventually says a condition that never holds held")
	}
	if took := last.Sub(start); took < 30*time.Millisecond || looks < 2 {
		t.Errorf("the last of %d looks came %v after the start, want one at the deadline of 30ms at least", looks, took)
	}
}
