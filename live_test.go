//go:build integration

package main

import (
	"testing"
)

// Live tests: the running server with a data file, event streams, large files. They
// take seconds, so they run with -tags integration (make test, CI), not in go test.

func TestTheLargestFakeListFitsInADataFile(t *testing.T) {
	c := fakeCatalog(t, maxFake, 1)
	if n := len(fileBody(c)); n > maxDataFile*9/10 {
		t.Errorf("-fake %d writes a data file of %d bytes: too near the limit of %d that the server reads", maxFake, n, maxDataFile)
	}
}
