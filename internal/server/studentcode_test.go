//go:build integration && linux

package server

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// What a fake.go that goes wrong does to the server and to the sheet, built and run
// with the real go command in a copy of the project, as a student runs it.

// withFakeGo replaces fake.go in dir with a fakePhoto whose body is body, and returns
// the line of fake.go where body starts.
func withFakeGo(t *testing.T, dir, body string) int {
	t.Helper()
	head := "package main\n\nimport \"github.com/go-faker/faker/v4\"\n\nfunc fakePhoto(n int, seed int64) Photo {\n"
	content := head + body + "\treturn Photo{URL: \"https://picsum.photos/640/480\", Title: faker.Sentence(), Description: faker.Paragraph(), Keyword: faker.Word()}\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "fake.go"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return strings.Count(head, "\n") + 1
}

// goIn runs the go command with args in dir, offline and in English, and returns what
// it printed and its exit status.
func goIn(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=vendor", "GOPROXY=off", "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=")
	out, err := cmd.CombinedOutput()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Fatal(err)
	}
	return string(out), cmd.ProcessState.ExitCode()
}

func TestAPanicInFakeGoIsSaidAtItsLineNotAsGosTrace(t *testing.T) {
	goCommandTest(t)
	t.Parallel() // its own copy of the project; most of its time is waiting (a build, a 10 s limit)
	dir := projectCopy(t)
	line := withFakeGo(t, dir, "\tnames := []string{\"a\", \"b\"}\n\t_ = names[n+1]\n") + 1
	want := "fake.go:" + strconv.Itoa(line) + ": fakePhoto takes item 2 of a list that has 2, numbered from 0 to 1: fix that line"

	out, code := goIn(t, dir, "run", ".", "-nowatch", "-addr", "127.0.0.1:0", "-fake", "5")
	if code != 1 || !strings.Contains(out, want) || strings.Contains(out, "goroutine ") {
		t.Errorf("go run . -fake 5 with a fake.go that panics: exit status %d, want 1 and one sentence with %q, no trace:\n%s", code, want, out)
	}
	out, _ = goIn(t, dir, "test")
	if !strings.Contains(out, want) || !strings.Contains(out, "Total") || strings.Contains(out, "goroutine ") {
		t.Errorf("go test with a fake.go that panics: want the sheet, with %q:\n%s", want, out)
	}
}

func TestAFakeGoThatNeverEndsIsSaidBySheetInsteadOfHanging(t *testing.T) {
	goCommandTest(t)
	t.Parallel() // its own copy of the project; most of its time is waiting (a build, a 10 s limit)
	dir := projectCopy(t)
	withFakeGo(t, dir, "\tfor i := 0; i < 10; i *= 2 {\n\t}\n")
	out, _ := goIn(t, dir, "test")
	for _, want := range []string{"fake.go: fakePhoto has not made its photos after 10 s: look there for a loop that never ends", "Objective 3", "0/2", "8/10"} {
		if !strings.Contains(out, want) {
			t.Errorf("go test with a fake.go that never ends: want %q on the sheet:\n%s", want, out)
		}
	}
}

func TestAPhotosGoThatNeverEndsIsSaidInsteadOfASilentStart(t *testing.T) {
	goCommandTest(t)
	t.Parallel() // its own copy of the project; most of its time is waiting (a build, a 10 s limit)
	dir := projectCopy(t)
	path := filepath.Join(dir, "photos.go")
	replaceIn(t, path, "var photos = []Photo{", "var photos = endless()\n\nfunc endless() []Photo {\n\tfor {\n\t}\n}\n\nvar unused = []Photo{")
	build := exec.Command("go", "build", "-o", "photo-server", ".")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := exec.Command(filepath.Join(dir, "photo-server"), "-nowatch", "-addr", "127.0.0.1:0")
	run.Dir = dir
	run.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=")
	stderr := &syncBuffer{}
	run.Stderr = stderr
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = run.Process.Kill(); _ = run.Wait() }()
	want := "photos.go or fake.go has been running for 10 s before the server could start: look there for a loop that never ends (Ctrl+C stops)"
	waitFor(t, "the sentence about a loop", time.Minute, func() bool { return strings.Contains(stderr.String(), want) })
}
