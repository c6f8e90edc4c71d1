//go:build !linux && !windows

package server

import "os/exec"

// setDeathSignal does nothing where the system has no parent's death signal (macOS):
// a child that outlives a supervisor killed outright stops when it finds its parent
// gone (see orphaned).
func setDeathSignal(cmd *exec.Cmd) {}

// startLocked starts cmd.
func startLocked(cmd *exec.Cmd) error { return cmd.Start() }
