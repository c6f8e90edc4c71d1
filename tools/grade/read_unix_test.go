//go:build unix

package main

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// Each way a pair's fake.go can be something else than a file: read, each would fill
// the memory (/dev/zero) or wait forever (a pipe with no writer).
func notFiles(t *testing.T, dir string) map[string]func(path string) error {
	return map[string]func(path string) error{
		"a link to /dev/zero": func(path string) error { return os.Symlink("/dev/zero", path) },
		"a named pipe":        func(path string) error { return syscall.Mkfifo(path, 0o644) },
		"a socket": func(path string) error {
			l, err := net.Listen("unix", path)
			if err == nil {
				t.Cleanup(func() { l.Close() })
			}
			return err
		},
		"a link to a file": func(path string) error { return os.Symlink(filepath.Join(dir, "real.go"), path) },
	}
}

func TestOnlyRegularFilesAreReadAndNothingElseIsOpened(t *testing.T) {
	for name := range notFiles(t, t.TempDir()) {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(os.TempDir(), "grade-"+strings.ReplaceAll(name, " ", "-")+"-"+time.Now().Format("150405.000000"))
			// A short path: a socket's name must be short.
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.RemoveAll(dir) })
			write(t, dir, map[string]string{"go.mod": "module photoserver\n", "photos.go": testkit.PhotosGo, "real.go": testkit.FakeGo}, time.Now())
			if err := notFiles(t, dir)[name](filepath.Join(dir, "fake.go")); err != nil {
				t.Skipf("cannot make %s here: %v", name, err)
			}
			done := make(chan error, 1)
			go func() {
				_, err := readRegular(filepath.Join(dir, "fake.go"), maxFileSize)
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, errNotRegular) {
					t.Errorf("readRegular: %v, want errNotRegular", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("readRegular still reads after 5 s")
			}
			for l, lg := range testkit.Languages {
				r, files := collect(lg.P, target{name: "dupont", folder: dir})
				want := []string{"fake.go is not an ordinary file (a link, a pipe or a device), so it is not read: the pair must save it again as a file",
					"fake.go n'est pas un fichier ordinaire (un lien, un tube ou un périphérique), il n'est donc pas lu : le binôme doit l'enregistrer à nouveau comme un fichier"}[l]
				if files != nil || r.graded() || r.reason != want {
					t.Errorf("%s: graded %v, reason %q; want not graded, and %q", lg.Name, r.graded(), r.reason, want)
				}
			}
		})
	}
}

func TestAFileTooBigIsNotReadWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fake.go")
	if err := os.WriteFile(path, make([]byte, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	var big *tooBigError
	if _, err := readRegular(path, 99); !errors.As(err, &big) || big.size != 100 {
		t.Errorf("a file of 100 bytes read with a limit of 99: %v, want a tooBigError of 100 bytes", err)
	}
	if b, err := readRegular(path, 100); err != nil || len(b) != 100 {
		t.Errorf("a file of 100 bytes read with a limit of 100: %d bytes, %v", len(b), err)
	}
}
