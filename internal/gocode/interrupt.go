package gocode

import "os"

// interrupt asks p to stop as Ctrl+C does, or kills it where the system cannot send
// that (Windows).
func interrupt(p *os.Process) error {
	if err := p.Signal(os.Interrupt); err != nil {
		return p.Kill()
	}
	return nil
}
