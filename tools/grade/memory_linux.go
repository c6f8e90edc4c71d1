package main

import (
	"syscall"
	"unsafe"
)

// limitMemory bounds the address space of the process pid (RLIMIT_AS, through
// prlimit), which the processes it starts afterwards inherit: the go command's
// compilers and linkers. The go command starts them only after loading the packages,
// well after this call, made right after it starts. A compiler past it stops with "out
// of memory", which blames the pair it compiles.
func limitMemory(pid int, bytes uint64) error {
	lim := syscall.Rlimit{Cur: bytes, Max: bytes}
	_, _, errno := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), syscall.RLIMIT_AS, uintptr(unsafe.Pointer(&lim)), 0, 0, 0)
	if errno != 0 {
		return errno
	}
	return nil
}
