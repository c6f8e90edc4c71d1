//go:build pprof

package server

// Built with -tags pprof (make profile), the server also serves Go's profiles on
// 127.0.0.1:6060, to find where the time goes under load. Never in a normal build.

import (
	"net/http"
	_ "net/http/pprof"
)

func init() {
	go func() { _ = http.ListenAndServe("127.0.0.1:6060", nil) }()
}
