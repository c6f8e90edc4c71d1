//go:build unix

package main

import "syscall"

// openFlags open a file without waiting: a named pipe put in place of a checked file
// opens at once instead of waiting for a writer (and is then refused).
const openFlags = syscall.O_NONBLOCK
