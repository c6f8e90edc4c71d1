package server

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

func TestTheCollectorsGoalStaysAboveTheLiveHeap(t *testing.T) {
	const MB = 1 << 20
	for _, tc := range []struct {
		heap, scanned uint64
		want          int
	}{
		{1 * MB, 1 * MB, 425},     // the built-in list: the 4 MB minimum, scaled, is the goal
		{0, 0, 400},               // before any collection
		{4 * MB, 5 * MB, 320},     // -fake 1000: 4 MB + 16 MB of headroom
		{16 * MB, 18 * MB, 100},   // as large as the headroom: Go's default
		{300 * MB, 310 * MB, 100}, // -fake 100000: Go's default, memory at most twice the live heap
	} {
		got := gcPercent(tc.heap, tc.scanned)
		if got != tc.want {
			t.Errorf("gcPercent(%d MB, %d MB) = %d, want %d", tc.heap/MB, tc.scanned/MB, got, tc.want)
		}
		goal := max(4*MB*uint64(got)/100, tc.heap+tc.scanned*uint64(got)/100) // the runtime's goal
		if goal < tc.heap+gcHeadroom*99/100 {
			t.Errorf("a live heap of %d MB gets a goal of %d MB, under the headroom", tc.heap/MB, goal/MB)
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
	defer debug.SetGCPercent(debug.SetGCPercent(73)) // the runtime's setting, as GOGC=... made it
	g.tune()
	if g.percent != 0 {
		t.Errorf("with GOGC=50 in the environment, the server set GOGC to %d", g.percent)
	}
	if was := debug.SetGCPercent(73); was != 73 {
		t.Errorf("with GOGC in the environment, the runtime's GOGC became %d, want it left at 73", was)
	}
}

func TestTheRuntimesGoalIsTheHeadroomAboveWhatIsLive(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	runtime.GC()
	newGCTuner(func(string) string { return "" }).tune()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	live := s[0].Value.Uint64() + s[1].Value.Uint64() + s[2].Value.Uint64()
	goal := s[3].Value.Uint64()
	t.Logf("live %.1f MB (heap, stacks, globals), goal %.1f MB", float64(live)/(1<<20), float64(goal)/(1<<20))
	if live >= gcHeadroom { // past the headroom, the tuner leaves Go's default: nothing of ours to see
		t.Skipf("the test program's live heap is %d B, over the headroom: the goal is Go's own", live)
	}
	if goal < live+gcHeadroom*9/10 || goal > live+gcHeadroom*3/2 {
		t.Errorf("live %d B, the runtime's goal is %d B: want about %d B more than live", live, goal, gcHeadroom)
	}
}
