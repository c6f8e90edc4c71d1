//go:build !unix

package main

import "os/exec"

// ownGroup: elsewhere than on Unix, stopping the go command is what exec does (on
// Windows, the compilers it started end with their pipes).
func ownGroup(cmd *exec.Cmd) {}
