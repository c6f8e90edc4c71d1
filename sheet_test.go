package main

import (
	"os"
	"testing"

	"photoserver/internal/grading"
)

// TestMain runs the objectives of photos_test.go, then prints the grading sheet with
// the points of each and the total.
func TestMain(m *testing.M) {
	os.Exit(grading.Main(m))
}
