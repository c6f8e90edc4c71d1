//go:build integration && !race

package server

// raceDetector tells the tests that time a large piece of work that they run under the
// race detector, which makes such work many times slower than the program really is.
const raceDetector = false
