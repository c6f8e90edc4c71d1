//go:build !unix

package main

// openFlags: elsewhere than on Unix, a file is opened as it is (Windows has no named
// pipes in a folder).
const openFlags = 0
