package server

import "os"

// processGone reports whether no process has the number pid any more: on Windows,
// FindProcess opens the process, which fails once it has ended.
func processGone(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return true
	}
	_ = p.Release()
	return false
}
