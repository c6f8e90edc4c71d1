package server

import (
	"os/exec"
	"runtime"
	"sync"
	"syscall"
)

// setDeathSignal makes cmd receive SIGTERM when its parent dies, even killed outright:
// a newer version never survives the server holding its port. Linux sends it when the
// thread that started the child ends, so children are started from one thread that
// lives as long as the program (startLocked).
func setDeathSignal(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}

// starts are the children to start, with where to say how it went; the thread that
// starts them begins with the first.
var (
	starts     = make(chan startRequest)
	startsOnce sync.Once
)

type startRequest struct {
	cmd  *exec.Cmd
	done chan error
}

// startLocked starts cmd from the thread that lives as long as the program.
func startLocked(cmd *exec.Cmd) error {
	startsOnce.Do(func() {
		go func() {
			runtime.LockOSThread() // never unlocked: the thread lives as long as the program
			for r := range starts {
				r.done <- r.cmd.Start()
			}
		}()
	})
	done := make(chan error, 1)
	starts <- startRequest{cmd, done}
	return <-done
}
