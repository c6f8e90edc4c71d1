package server

import (
	"runtime/debug"
	"runtime/metrics"
)

// gcHeadroom is the least the server lets its answers allocate between two garbage
// collections, in bytes.
//
// Each answer allocates about 3.5 kB, nearly all of it net/http's own (the request and
// its headers, its context, the copy of the answer's headers it makes to write them).
// With Go's default goal (GOGC=100: collect when the heap doubles, and at 4 MB at the
// least) and the built-in list's live heap of about 1 MB, wrk's 30000 answers a second
// meant 50 collections a second, each stopping every goroutine for up to a millisecond
// when the load tool shares the cores: the main source of the p99, and about 5% of the
// CPU (BENCHMARKS.md, issue 20). With 16 MB between collections they come 4 to 5
// times less often, for at most 16 MB more memory under load.
const gcHeadroom = 16 << 20

// gcTuner keeps the collector's goal at least gcHeadroom above the live heap (the Go
// runtime has no such setting, only GOGC, a percentage of the live heap: it is set
// from the live heap read after each collection). A large list (a big data file,
// -fake 100000), whose live heap is past gcHeadroom, keeps Go's default. When GOGC is
// set in the environment, the person who set it decides, and nothing is changed.
type gcTuner struct {
	off     bool // GOGC was set by hand
	percent int  // the GOGC set last, 0 before the first
	live    []metrics.Sample
}

func newGCTuner(getenv func(string) string) *gcTuner {
	return &gcTuner{off: getenv("GOGC") != "", live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
}

// tune sets GOGC from the live heap now; called at start and every second (a read of
// runtime/metrics, about a microsecond). It changes GOGC only when the new value is
// more than an eighth away from the last one, so the goal does not move at each call.
func (t *gcTuner) tune() {
	if t.off {
		return
	}
	metrics.Read(t.live)
	if t.live[0].Value.Kind() != metrics.KindUint64 {
		return // a Go runtime without this metric: keep its default
	}
	percent := gcPercent(t.live[0].Value.Uint64())
	if d := percent - t.percent; t.percent == 0 || d*8 > t.percent || -d*8 > t.percent {
		debug.SetGCPercent(percent)
		t.percent = percent
	}
}

// gcPercent is the GOGC that puts the goal gcHeadroom above a live heap of live bytes,
// at least Go's default of 100; a live heap under 1 MB is counted as 1 MB, so that the
// goal stays near gcHeadroom even right after start.
func gcPercent(live uint64) int {
	live = max(live, 1<<20)
	return max(100, int(gcHeadroom*100/live))
}
