//go:build integration && linux

package server

import (
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// The follow tests' view of processes, on Linux: a job of its own (a process group, as
// a terminal's), Ctrl+C to the whole job, and the processes found in /proc.

// inGroup starts cmd in a process group of its own.
func inGroup(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} }

// interruptGroup sends Ctrl+C to cmd's whole job, as a terminal does.
func interruptGroup(cmd *exec.Cmd) error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGINT) }

// killGroup kills cmd's whole job.
func killGroup(cmd *exec.Cmd) { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }

// killGroupLeader kills cmd's process alone, outright (kill -9).
func killGroupLeader(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
}

// terminate sends SIGTERM to cmd's process alone.
func terminate(cmd *exec.Cmd) error { return cmd.Process.Signal(syscall.SIGTERM) }

// needProcesses skips a test that looks at processes where /proc cannot show them.
func needProcesses(t *testing.T) {}

// processes lists the processes whose command line or program is in tmp, or that run
// in dir: the server, go build and the students' programs.
func processes(tmp, dir string) []string {
	var found []string
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		cmdline, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		exe, _ := os.Readlink("/proc/" + e.Name() + "/exe")
		cwd, _ := os.Readlink("/proc/" + e.Name() + "/cwd")
		if err == nil && (bytes.Contains(cmdline, []byte(tmp)) || strings.HasPrefix(exe, tmp) || cwd == dir) {
			found = append(found, e.Name()+" "+strings.ReplaceAll(string(cmdline), "\x00", " "))
		}
	}
	return found
}

// hangUpGroup sends SIGHUP to cmd's whole job, as a terminal that closes does.
func hangUpGroup(cmd *exec.Cmd) error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGHUP) }
