package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"

	"photoserver/internal/gocode"
	"photoserver/internal/grading"
)

// project is the teacher's project, copied where pairs are built: go.mod, go.sum,
// vendor/ and internal/ (without its tests) in a folder of the user's cache that stays
// from run to run, so that Go's build cache, which keys a package by its folder, serves
// them compiled; and, for this run, a folder of its own in it, where each pair gets a
// package folder with the teacher's main.go and tests beside the pair's photos.go and
// fake.go.
type project struct {
	root    string            // the teacher's project
	run     string            // this run's folder, inside the copy
	goCmd   string            // the go command
	theirs  map[string][]byte // the teacher's main.go, photos_test.go, sheet_test.go
	teacher map[string][]byte // the teacher's photos.go and fake.go
	env     []string          // the environment of the go command and of the tests
	locale  string            // LC_ALL for the tests: the teacher's language
	limits  buildLimits       // how long each build may take
}

// teachersFiles are the files of the teacher's project root that show it is the photo
// server's: its main.go and its tests.
var teachersFiles = []string{"main.go", "photos_test.go", "sheet_test.go"}

// pairsFiles are the only files taken from a pair's folder.
var pairsFiles = []string{"photos.go", "fake.go"}

// outputCap is how much of what a build or a pair's tests print is kept: the reason is
// in the first lines, and a fake.go that prints in a loop must not fill the memory.
const outputCap = 64 << 10

// prepare finds the teacher's project and copies it where pairs are built. The teacher's
// own photos.go and fake.go are built before the first pairs (see buildTeacher): the first
// time, Go compiles everything there once (a minute or two), and a project that does
// not build is said before any pair is blamed for it.
func prepare(tag language.Tag, root string, limits buildLimits) (*project, error) {
	root, err := findRoot(root)
	if err != nil {
		return nil, err
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return nil, stopError{kind: noGoCommand, err: err}
	}
	pr := &project{root: root, goCmd: goCmd, theirs: map[string][]byte{}, teacher: map[string][]byte{}, env: childEnv(os.Environ()), locale: localeOf(tag), limits: limits}
	for _, name := range append(slices.Clone(teachersFiles), pairsFiles...) {
		content, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			return nil, usageError{kind: notTheProject, text: root, file: name}
		}
		if slices.Contains(pairsFiles, name) {
			pr.teacher[name] = content
		}
	}
	// Each pair is built as the server builds a save: its files with the generated main
	// of the students' program (gocode.MainGo), which only prints photos; nothing of
	// the teacher's tests is built with a pair's code.
	pr.theirs = map[string][]byte{"main.go": []byte(gocode.MainGo)}
	copyDir, err := cacheFolder(root)
	if err == nil {
		err = syncCopy(root, copyDir)
	}
	if err == nil {
		removeOldRuns(copyDir)
		pr.run, err = os.MkdirTemp(copyDir, "run-")
	}
	if err != nil {
		return nil, stopError{kind: cannotCopy, err: err}
	}
	return pr, nil
}

// close removes this run's folder; the copy of the project stays, for the next run.
func (pr *project) close() { _ = os.RemoveAll(pr.run) }

// findRoot finds the teacher's project: root when given (-root), or else the project
// this program's source is in, or else the current folder or one above it.
func findRoot(root string) (string, error) {
	isProject := func(dir string) bool {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		return err == nil && gocode.ModulePath(b) == "photoserver"
	}
	if root != "" {
		if !isProject(root) {
			return "", usageError{kind: rootNotProject, flag: "root", text: root}
		}
		return filepath.Abs(root)
	}
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		if dir := filepath.Dir(filepath.Dir(filepath.Dir(file))); isProject(dir) {
			return dir, nil
		}
	}
	if dir, err := os.Getwd(); err == nil {
		for ; ; dir = filepath.Dir(dir) {
			if isProject(dir) {
				return dir, nil
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	return "", usageError{kind: projectNotFound}
}

// cacheFolder is where the copy of the project at root is kept between runs: in the
// user's cache, one per project.
func cacheFolder(root string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	sum := sha256.Sum256([]byte(root))
	dir := filepath.Join(base, "photoserver-grade", hex.EncodeToString(sum[:6]))
	return dir, os.MkdirAll(dir, 0o755)
}

// copied says whether the file or folder at rel (from the project's root, with
// slashes) is part of the copy: go.mod, go.sum, vendor/, internal/ without its tests.
func copied(rel string, isDir bool) bool {
	top, _, _ := strings.Cut(rel, "/")
	switch {
	case rel == "go.mod" || rel == "go.sum":
		return true
	case top != "vendor" && top != "internal":
		return false
	case isDir:
		return rel != "internal/testkit" && !strings.HasSuffix(rel, "/testdata")
	}
	return !strings.HasSuffix(rel, "_test.go")
}

// syncCopy makes dst hold what copied keeps of root: a file is written only when its
// content changed (so that an unchanged project is not written again), whole (through a
// temporary file renamed: another run may be reading it), and a file root no longer
// has is removed.
func syncCopy(root, dst string) error {
	keep := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return nil
		}
		if !copied(rel, d.IsDir()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, filepath.FromSlash(rel))
		keep[target] = true
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if old, err := os.ReadFile(target); err == nil && bytes.Equal(old, content) {
			return nil
		}
		tmp := target + ".tmp" + fmt.Sprint(os.Getpid())
		if err := os.WriteFile(tmp, content, 0o644); err != nil {
			return err
		}
		return os.Rename(tmp, target)
	})
	if err != nil {
		return err
	}
	for _, top := range []string{"vendor", "internal"} {
		_ = filepath.WalkDir(filepath.Join(dst, top), func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !keep[path] {
				_ = os.Remove(path)
			}
			return nil
		})
	}
	return nil
}

// removeOldRuns removes the folders of runs that ended without cleaning up (the power
// cut), a day later: a run still going is never that old.
func removeOldRuns(copyDir string) {
	entries, _ := os.ReadDir(copyDir)
	for _, e := range entries {
		info, err := e.Info()
		if err == nil && e.IsDir() && strings.HasPrefix(e.Name(), "run-") && time.Since(info.ModTime()) > 24*time.Hour {
			_ = os.RemoveAll(filepath.Join(copyDir, e.Name()))
		}
	}
}

// childEnv is the environment of the go command and of a pair's tests: offline (the
// vendored modules only, no toolchain download), and without what would make the
// tests grade something else than the pair's code (PHOTOS_URL, PHOTOS_DATA).
func childEnv(environ []string) []string {
	drop := []string{"PHOTOS_URL", "PHOTOS_DATA", grading.GradesFile, "GOFLAGS", "GOPROXY", "GOTOOLCHAIN", "GOWORK"}
	env := slices.DeleteFunc(slices.Clone(environ), func(kv string) bool {
		name, _, _ := strings.Cut(kv, "=")
		return slices.Contains(drop, name)
	})
	return append(env, "GOFLAGS=-mod=vendor", "GOPROXY=off", "GOTOOLCHAIN=local", "GOWORK=off")
}

// capped keeps the first max bytes written to it and drops the rest, so that what a
// child prints is bounded; writing never fails, so the child is never stopped by it.
type capped struct {
	mu  sync.Mutex
	buf bytes.Buffer
	max int
}

func (c *capped) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if room := c.max - c.buf.Len(); room > 0 {
		c.buf.Write(b[:min(len(b), room)])
	}
	return len(b), nil
}

func (c *capped) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}
