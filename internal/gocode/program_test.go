//go:build integration

package gocode

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"photoserver/internal/photo"
	"photoserver/internal/program"
	"photoserver/internal/testkit"
)

// The students' program built with the real go command from a copy of the project and
// run with limits: what it prints is read, and whatever it does, only its own run ends.

// built builds the project's copy dir, with the file name (at the root) written as
// content, and returns the program.
func built(t *testing.T, dir, name, content string) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is needed to build the students' program")
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	b := &Builder{Dir: dir, Go: "go", Work: t.TempDir(), Env: []string{"GOFLAGS=-mod=vendor", "GOPROXY=off"}}
	bin, err := b.Build(context.Background())
	if err != nil {
		var be *BuildError
		errors.As(err, &be)
		t.Fatalf("build: %v\n%s", err, be.Output)
	}
	return bin
}

var small = Limits{Time: 3 * time.Second, Memory: 256 << 20, Output: 1 << 20}

func TestTheProgramPrintsTheListTheShapeAndFakePhotos(t *testing.T) {
	dir := testkit.ProjectCopy(t, "../..")
	// What a student may do in a file of their own: print (even a B line with what the
	// environment holds, and a photo), write a file, start a goroutine, rewrite a
	// standard package's globals. It changes their program only, and forges nothing.
	bin := built(t, dir, "extra.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"unicode\"\n)\n\nfunc init() {\n\tfmt.Println(\"B \" + os.Getenv(\"PHOTO_SERVER_PROGRAM\"))\n\tfmt.Println(\"P {\\\"title\\\":\\\"forged\\\"}\\nD 1\")\n\t_ = os.WriteFile(\"written-in-init.txt\", []byte(\"x\"), 0o644)\n\tgo func() { for { fmt.Print(\"\") } }()\n\tunicode.Letter = unicode.So\n}\n")
	code, err := Load(context.Background(), bin, dir, small)
	if err != nil {
		t.Fatal(err)
	}
	list := code.List()
	if len(list) != 3 || list[0].Title != "Chiot noir" {
		t.Errorf("the list read from the program has %d photos, the first %+v; want photos.go's 3, not what init printed", len(list), list[0])
	}
	if code.Schema.Name(photo.Keyword) != "keyword" || len(code.Schema.Fields) != 5 {
		t.Errorf("the shape read is %v, want Photo's five fields", code.Schema.Names)
	}
	var titles []string
	err = code.Fake(context.Background(), 30, 7, func(ph photo.Photo) error { titles = append(titles, ph.Title); return nil })
	if err != nil || len(titles) != 30 {
		t.Fatalf("fake 30: %d photos, %v", len(titles), err)
	}
	var again []string
	_ = code.Fake(context.Background(), 30, 7, func(ph photo.Photo) error { again = append(again, ph.Title); return nil })
	if strings.Join(titles, "|") != strings.Join(again, "|") {
		t.Errorf("the same seed made other photos in a second run")
	}
}

func TestWhatTheProgramDoesWrongIsItsOwnRunsEnd(t *testing.T) {
	dir := testkit.ProjectCopy(t, "../..")
	for _, c := range []struct {
		name, file, content string
		check               func(err error) bool
		want                string
	}{
		{"fakePhoto panics at its line", "fake.go", "package main\n\nfunc fakePhoto(n int, seed int64) Photo {\n\tvar names []string\n\treturn Photo{Title: names[n]}\n}\n",
			func(err error) bool {
				var call *photo.CallError
				return errors.As(err, &call) && call.Where == "fake.go:5" && call.Photo == 1
			}, "a *photo.CallError at fake.go:5 for photo 1"},
		{"a loop that never ends", "fake.go", "package main\n\nfunc fakePhoto(n int, seed int64) Photo {\n\tfor {\n\t}\n}\n",
			func(err error) bool { var r *RunError; return errors.As(err, &r) && r.Reason == TimedOut }, "TimedOut"},
		{"a memory hog", "fake.go", "package main\n\nvar hog [][]byte\n\nfunc fakePhoto(n int, seed int64) Photo {\n\tfor {\n\t\thog = append(hog, make([]byte, 1<<20))\n\t\tfor i := range hog[len(hog)-1] {\n\t\t\thog[len(hog)-1][i] = 1\n\t\t}\n\t}\n}\n",
			func(err error) bool { var r *RunError; return errors.As(err, &r) && r.Reason == OutOfMemory }, "OutOfMemory"},
		{"a process it starts holds its output", "fake.go", "package main\n\nimport (\n\t\"os\"\n\t\"os/exec\"\n)\n\nfunc init() {\n\tc := exec.Command(\"sleep\", \"60\")\n\tc.Stdout = os.Stdout\n\t_ = c.Start()\n}\n\nfunc fakePhoto(n int, seed int64) Photo {\n\tfor {\n\t}\n}\n",
			func(err error) bool { var r *RunError; return errors.As(err, &r) && r.Reason == TimedOut }, "TimedOut, within the limit, though sleep holds the output"},
		{"too much printed", "fake.go", "package main\n\nimport \"strings\"\n\nfunc fakePhoto(n int, seed int64) Photo {\n\treturn Photo{Title: strings.Repeat(\"x\", 100000)}\n}\n",
			func(err error) bool { var r *RunError; return errors.As(err, &r) && r.Reason == TooMuch }, "TooMuch"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bin := built(t, dir, c.file, c.content)
			code, err := Load(context.Background(), bin, dir, small)
			if err != nil {
				t.Fatal(err)
			}
			began := time.Now()
			err = code.Fake(context.Background(), 50, 1, func(photo.Photo) error { return nil })
			if !c.check(err) {
				t.Errorf("got %v (%T), want %s", err, err, c.want)
			}
			if took := time.Since(began); took > small.Time+5*time.Second {
				t.Errorf("the run took %v, past its limit of %v", took, small.Time)
			}
		})
	}
}

func TestAProgramNotStartedByTheServerSaysHowToStartIt(t *testing.T) {
	dir := testkit.ProjectCopy(t, "../..")
	bin := built(t, dir, "photos_extra.go", "package main\n")
	out, err := exec.Command(bin, "list").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "go run .") || os.Getenv(program.TokenEnv) != "" {
		t.Errorf("run by hand, the program says %q (%v); want it to say to type go run .", out, err)
	}
}
