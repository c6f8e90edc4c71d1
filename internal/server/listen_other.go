//go:build !windows

package server

import "syscall"

// The errors of a listen that fails because the port is taken, or reserved.
var (
	errAddrInUse error = syscall.EADDRINUSE
	errAccess    error = syscall.EACCES
)
