//go:build !windows

package server

import (
	"os"
	"syscall"
)

// askToStop asks a version to stop, finishing the requests in flight: SIGTERM.
func askToStop(p *os.Process) error { return p.Signal(syscall.SIGTERM) }

// handsOverSocket: the listening socket can be handed to a new version as a file.
const handsOverSocket = true
