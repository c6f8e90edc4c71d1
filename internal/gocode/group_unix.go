//go:build !windows

package gocode

import (
	"os/exec"
	"syscall"
)

// inGroup starts cmd in a process group of its own, so that killGroup ends what it
// starts too.
func inGroup(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} }

// killGroup kills cmd and every process of its group.
func killGroup(cmd *exec.Cmd) {
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	_ = cmd.Process.Kill()
}
