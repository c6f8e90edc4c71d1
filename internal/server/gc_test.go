package server

import "testing"

func TestTheCollectorsGoalStaysAboveTheLiveHeap(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int
	}{
		{0, 1600},        // right after start: counted as 1 MB
		{1 << 20, 1600},  // the built-in list: 16 MB between collections
		{4 << 20, 400},   // -fake 1000
		{16 << 20, 100},  // as large as the headroom: Go's default
		{300 << 20, 100}, // -fake 100000: Go's default, memory at most twice the live heap
	} {
		if got := gcPercent(tc.live); got != tc.want {
			t.Errorf("gcPercent(%d MB) = %d, want %d", tc.live>>20, got, tc.want)
		}
		if goal := tc.live + max(tc.live, 1<<20)*uint64(gcPercent(tc.live))/100; goal < gcHeadroom {
			t.Errorf("a live heap of %d MB gets a goal of %d MB, under the headroom", tc.live>>20, goal>>20)
		}
	}
}

func TestGOGCSetByHandIsLeftAlone(t *testing.T) {
	g := newGCTuner(func(k string) string {
		if k == "GOGC" {
			return "50"
		}
		return ""
	})
	g.tune()
	if g.percent != 0 {
		t.Errorf("with GOGC=50 in the environment, the server set GOGC to %d", g.percent)
	}
}
