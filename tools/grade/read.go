package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// A pair's folder is theirs: a fake.go may be a link to /dev/zero (read to the end, it
// fills the memory), a named pipe (opened, it waits for a writer forever) or a socket.
// Only regular files of a bounded size are read, and a file is looked at (os.Lstat)
// before it is opened, so that nothing else is ever opened.

// errNotRegular is a file that is a link, a named pipe, a socket or a device: never
// opened.
var errNotRegular = errors.New("not a regular file")

// tooBigError is a file larger than the grader reads.
type tooBigError struct{ size int64 }

func (e *tooBigError) Error() string { return fmt.Sprintf("%d bytes", e.size) }

// readRegular reads the file at path if it is a regular file (not a link) of at most
// max bytes. It is opened without waiting (openFlags), and what is opened must be the
// very file looked at, so that a file replaced by a pipe in between is not read either.
func readRegular(path string, max int64) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	if info.Size() > max {
		return nil, &tooBigError{info.Size()}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !opened.Mode().IsRegular() || !os.SameFile(info, opened) {
		return nil, errNotRegular
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err == nil && int64(len(b)) > max {
		return nil, &tooBigError{int64(len(b))}
	}
	return b, err
}
