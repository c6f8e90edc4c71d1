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
	scanned []metrics.Sample
}

func newGCTuner(getenv func(string) string) *gcTuner {
	// What GOGC is a percentage of (the Go runtime's pacer, runtime/mgcpacer.go): the
	// heap marked live by the last collection, the goroutines' stacks and the globals.
	return &gcTuner{off: getenv("GOGC") != "", scanned: []metrics.Sample{
		{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"},
	}}
}

// tune sets GOGC from the live heap now; called at start and every second (a read of
// runtime/metrics, about a microsecond). It changes GOGC only when the new value is
// more than an eighth away from the last one, so the goal does not move at each call.
func (t *gcTuner) tune() {
	if t.off {
		return
	}
	metrics.Read(t.scanned)
	var live uint64
	for _, s := range t.scanned {
		if s.Value.Kind() != metrics.KindUint64 {
			return // a Go runtime without these metrics: keep its default
		}
		live += s.Value.Uint64()
	}
	percent := gcPercent(t.scanned[0].Value.Uint64(), live)
	if d := percent - t.percent; t.percent == 0 || d*8 > t.percent || -d*8 > t.percent {
		debug.SetGCPercent(percent)
		t.percent = percent
	}
}

// gcPercent is the GOGC that puts the runtime's goal gcHeadroom above heap, the live
// heap, or Go's default of 100 when that is more. The goal is the larger of two
// (the Go GC guide, go.dev/doc/gc-guide, and runtime/mgcpacer.go): heap plus GOGC
// percent of scanned (the live heap, stacks and globals), and a minimum of 4 MB that
// GOGC scales too; the smaller GOGC that brings either to the mark is the one.
func gcPercent(heap, scanned uint64) int {
	const minimum = 4 << 20 // the runtime's heap minimum at GOGC=100
	target := heap + gcHeadroom
	byMinimum := target * 100 / minimum
	byScanned := uint64(gcHeadroom) * 100 / max(scanned, 1)
	return int(max(100, min(byMinimum, byScanned)))
}
