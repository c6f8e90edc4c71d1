package server

import (
	"errors"
	"net"
	"os"
	"os/exec"
)

// askToStop stops a version: Windows has no SIGTERM to send to another process.
func askToStop(p *os.Process) error { return p.Kill() }

// askToQuit stops a version: Windows has no SIGINT to send to another process.
func askToQuit(p *os.Process) error { return p.Kill() }

// handsOverSocket: Windows cannot hand a socket to a child as a file (ExtraFiles), so
// the server does not follow its code there (see followable).
const handsOverSocket = false

// listenerCopy is never called on Windows, where the server does not follow its code.
func listenerCopy(*net.TCPListener) (*os.File, error) {
	return nil, errors.New("no socket to hand over on Windows")
}

// processGone is never called on Windows (see listenerCopy).
func processGone(int) bool { return false }

// setDeathSignal does nothing on Windows, where the server does not follow its code.
func setDeathSignal(cmd *exec.Cmd) {}

// startLocked starts cmd.
func startLocked(cmd *exec.Cmd) error { return cmd.Start() }
