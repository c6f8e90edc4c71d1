//go:build pprof

package server

// Built with -tags pprof (make profile, tools/bench/profile.sh), the server also serves
// Go's profiles on 127.0.0.1:6060, to find where the time goes under load, and records
// one in five waits on a contended lock (the mutex profile: is the request log's lock a
// queue?). Never in a normal build.

import (
	"net/http"
	_ "net/http/pprof"
	"runtime"
)

func init() {
	runtime.SetMutexProfileFraction(5)
	go func() { _ = http.ListenAndServe("127.0.0.1:6060", nil) }()
}
