//go:build integration && !windows

package startwatch

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// endless replaces the list of photos.go in dir with one that is never done.
func endless(t *testing.T, dir string) {
	t.Helper()
	path := filepath.Join(dir, "photos.go")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const list = "var photos = []Photo{"
	if !strings.Contains(string(b), list) {
		t.Fatalf("photos.go has no %q", list)
	}
	b = []byte(strings.Replace(string(b), list, "var photos = endless()\n\nfunc endless() []Photo {\n\tfor {\n\t}\n}\n\nvar unused = []Photo{", 1))
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// The student's view: a photos.go whose list never ends, built as go run . and go test
// build it, says so after After, then stops after twice After, with exit status 1,
// instead of keeping the terminal silent (and go test running until its own timeout).
func TestAPhotosGoThatNeverEndsIsSaidThenStopped(t *testing.T) {
	dir := testkit.ProjectCopy(t, "../..")
	endless(t, dir)
	for _, c := range []struct{ name, build, binary string }{
		{"go run .", "build", "photo-server"},
		{"go test", "test", "photoserver.test"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			build := exec.Command("go", c.build, "-o", c.binary, ".")
			if c.build == "test" {
				build = exec.Command("go", "test", "-c", "-o", c.binary, ".")
			}
			build.Dir = dir
			build.Env = append(os.Environ(), "GOFLAGS=-mod=vendor", "GOPROXY=off")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go %s: %v\n%s", c.build, err, out)
			}
			run := exec.Command(filepath.Join(dir, c.binary))
			run.Dir = dir
			run.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=")
			var stderr testkit.SyncBuffer
			run.Stdout, run.Stderr = &stderr, &stderr
			start := time.Now()
			if err := run.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- run.Wait() }()
			select {
			case <-done:
			case <-time.After(2*After + time.Minute):
				_ = run.Process.Kill()
				<-done
				t.Fatalf("%s with a list that never ends has not stopped after %v:\n%s", c.name, time.Since(start), stderr.String())
			}
			took := time.Since(start)
			said := stderr.String()
			loop := strings.Index(said, "photos.go or fake.go has been running for 10 s before the server could start: look there for a loop that never ends (Ctrl+C stops)")
			stop := strings.Index(said, "stopped after 20 s: fix the loop, then start the server again with go run .")
			if loop < 0 || stop < loop || run.ProcessState.ExitCode() != 1 || took < 2*After {
				t.Errorf("%s with a list that never ends: exit status %d after %v, want the loop said, then the stop, and 1 after %v:\n%s",
					c.name, run.ProcessState.ExitCode(), took.Round(time.Second), 2*After, said)
			}
		})
	}
}
