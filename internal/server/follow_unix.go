//go:build !windows

package server

import (
	"errors"
	"net"
	"os"
	"syscall"
)

// askToStop asks a version to hand over, finishing the requests in flight: SIGTERM.
func askToStop(p *os.Process) error { return p.Signal(syscall.SIGTERM) }

// askToQuit asks a version to stop as Ctrl+C does: SIGINT.
func askToQuit(p *os.Process) error { return p.Signal(os.Interrupt) }

// handsOverSocket: the listening socket can be handed to a new version as a file.
const handsOverSocket = true

// listenerCopy is a copy of the listening socket to hand to new versions. Not
// TCPListener.File: os/exec asks each file it hands for its descriptor (File.Fd),
// which for a file made by net puts the socket in blocking mode, for every copy of it;
// a version that never gets to make its listener (it stops at its start) would leave
// it so, and this process's own accept could then no longer be interrupted. A file
// made by os.NewFile from a descriptor of our own keeps the socket as it is.
func listenerCopy(ln *net.TCPListener) (*os.File, error) {
	raw, err := ln.SyscallConn()
	if err != nil {
		return nil, err
	}
	fd := -1
	var dupErr error
	err = raw.Control(func(s uintptr) {
		syscall.ForkLock.RLock() // as os/exec's own descriptors: none leaks into a child started meanwhile
		defer syscall.ForkLock.RUnlock()
		fd, dupErr = syscall.Dup(int(s))
		if dupErr == nil {
			syscall.CloseOnExec(fd)
		}
	})
	if err = errors.Join(err, dupErr); err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), "listener"), nil
}

// processGone reports whether no process has the number pid any more.
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
