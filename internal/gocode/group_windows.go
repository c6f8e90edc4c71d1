package gocode

import "os/exec"

// inGroup does nothing on Windows, which has no process groups to kill at once.
func inGroup(cmd *exec.Cmd) {}

// killGroup kills cmd (on Windows, not the processes it started).
func killGroup(cmd *exec.Cmd) { _ = cmd.Process.Kill() }
