//go:build integration

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"photoserver/internal/lang"
	"photoserver/internal/testkit"
)

// compileBomb is a photos.go of 24 lines that takes the compiler 25 s and 2.7 GB: each
// constant is the one before twice, up to a string of 2 GB.
func compileBomb() string {
	var b strings.Builder
	b.WriteString(completePhotos + "\nconst a0 = \"x\"\n")
	for i := 1; i <= 31; i++ {
		b.WriteString("const a" + strconv.Itoa(i) + " = a" + strconv.Itoa(i-1) + " + a" + strconv.Itoa(i-1) + "\n")
	}
	b.WriteString("\nvar bomb = len(a31)\n")
	return b.String()
}

func TestACompileBombBlamesItsPairOnly(t *testing.T) {
	// A batch that passes its time is built again pair by pair: a limit of a second
	// makes every batch of this test do so.
	limits := defaultLimits
	limits.batch = time.Second
	eleves := filepath.Join(t.TempDir(), "Eleves")
	noKeyword := change(t, completePhotos, `Description: "Un carlin dans une couverture.", Keyword: "chien"`, `Description: "Un carlin dans une couverture."`)
	for name, photos := range map[string]string{"bombe_max": compileBomb(), "dupont_marie": completePhotos, "martin_paul": noKeyword} {
		write(t, filepath.Join(eleves, name), map[string]string{"photo-server/go.mod": "module photoserver\n", "photo-server/photos.go": photos, "photo-server/fake.go": completeFake}, time.Now())
	}
	for l, lg := range testkit.Languages {
		var stdout, stderr bytes.Buffer
		start := time.Now()
		if code := runWith(context.Background(), []string{filepath.Join(eleves, "bombe_max"), filepath.Join(eleves, "dupont_marie"), filepath.Join(eleves, "martin_paul")}, lg.Env, &stdout, &stderr, limits); code != 0 {
			t.Fatalf("%s: status %d, want 0:\n%s%s", lg.Name, code, stdout.String(), stderr.String())
		}
		t.Logf("%s: graded in %v", lg.Name, time.Since(start).Round(time.Millisecond))
		table := strings.Join(strings.Fields(stdout.String()), " ")
		bomb := []string{"bombe_max 0/4 0/4 0/2 0/10 photos.go and fake.go need more than " + lang.Size(lg.P, compilerMemory) + " of memory to compile",
			"bombe_max 0/4 0/4 0/2 0/10 photos.go et fake.go demandent plus de " + lang.Size(lg.P, compilerMemory) + " de mémoire pour compiler"}[l]
		if runtime.GOOS != "linux" { // no memory limit there: the time limit
			bomb = []string{"bombe_max 0/4 0/4 0/2 0/10 photos.go and fake.go did not compile within", "bombe_max 0/4 0/4 0/2 0/10 photos.go et fake.go n'ont pas compilé en"}[l]
		}
		for _, want := range []string{bomb,
			"dupont_marie " + inLanguage(all3, l) + " " + inLanguage(all3, l) + " " + inLanguage(faker, l) + " 10/10",
			"martin_paul " + inLanguage(all3, l) + " " + inLanguage("0/4 (2 of 3)", l) + " " + inLanguage(faker, l) + " 6/10"} {
			if want = strings.Join(strings.Fields(want), " "); !strings.Contains(table, want) {
				t.Errorf("%s: the table does not say %q:\n%s", lg.Name, want, stdout.String())
			}
		}
	}
}

// leftIn returns the processes whose command line names folder: what the grader
// started there (the go command, compilers, linkers, the pairs' programs).
func leftIn(t *testing.T, folder string) []string {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc to look for processes: %v", err)
	}
	var left []string
	for _, e := range entries {
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err == nil && bytes.Contains(cmdline, []byte(folder)) {
			left = append(left, e.Name()+": "+string(bytes.ReplaceAll(cmdline, []byte{0}, []byte(" "))))
		}
	}
	return left
}

func TestCtrlCStopsTheGraderWithinASecondAtAnyStepWithNoChildLeft(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the processes left are looked for in /proc")
	}
	bin := filepath.Join(t.TempDir(), "grade")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	copyDir, err := cacheFolder(root)
	if err != nil {
		t.Fatal(err)
	}
	eleves, _ := classOf(t)
	glob, err := filepath.Glob(filepath.Join(eleves, "*", "seances", "18_10_21"))
	if err != nil {
		t.Fatal(err)
	}
	// From the reading of the folders to the last programs: the whole class takes 20 to 30 s.
	for _, after := range []time.Duration{100 * time.Millisecond, 700 * time.Millisecond, 2 * time.Second, 5 * time.Second, 9 * time.Second, 14 * time.Second} {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, append([]string{"-root", root, "-timeout", "15s"}, glob...)...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		time.Sleep(after) // the moment of Ctrl+C, not a wait for something
		sent := time.Now()
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatalf("Ctrl+C after %v: the grader still runs 5 s later:\n%s", after, stderr.String())
		}
		took := time.Since(sent)
		if took > time.Second {
			t.Errorf("Ctrl+C after %v: the grader stopped %v later, want within 1 s", after, took.Round(time.Millisecond))
		}
		if cmd.ProcessState.ExitCode() == 0 && !strings.Contains(stdout.String(), "Graded:") {
			t.Errorf("Ctrl+C after %v: exit status 0 with no table", after)
		}
		var left []string
		if !testkit.Eventually(time.Second, 50*time.Millisecond, func() bool { left = leftIn(t, copyDir); return len(left) == 0 }) {
			t.Errorf("Ctrl+C after %v: processes left a second after the grader ended:\n%s", after, strings.Join(left, "\n"))
		}
		t.Logf("Ctrl+C after %v: stopped in %v (%s)", after, took.Round(time.Millisecond), strings.TrimSpace(stderr.String()[max(0, strings.LastIndex(strings.TrimSpace(stderr.String()), "\n")):]))
	}
}
