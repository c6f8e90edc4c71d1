//go:build integration && !linux

package server

import (
	"os"
	"os/exec"
	"testing"
)

// The follow tests' view of processes elsewhere than on Linux: what the os package
// offers. They run on Linux (in CI); here they build, and skip what they cannot see.

func inGroup(cmd *exec.Cmd) {}

func interruptGroup(cmd *exec.Cmd) error {
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		return cmd.Process.Kill()
	}
	return nil
}

func killGroup(cmd *exec.Cmd) { _ = cmd.Process.Kill() }

func killGroupLeader(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
}

func terminate(cmd *exec.Cmd) error { return cmd.Process.Signal(os.Interrupt) }

func needProcesses(t *testing.T) { t.Skip("the processes of a run are looked at in Linux's /proc") }

func processes(tmp, dir string) []string { return nil }

func hangUpGroup(cmd *exec.Cmd) error { return cmd.Process.Kill() }
