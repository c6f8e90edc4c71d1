package server

import "syscall"

// The errors of a listen that fails because the port is taken, or reserved: Windows
// has codes of its own (WSAEADDRINUSE, WSAEACCES), which syscall does not name.
var (
	errAddrInUse error = syscall.Errno(10048)
	errAccess    error = syscall.Errno(10013)
)
