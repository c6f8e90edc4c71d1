package startwatch

import (
	"strings"
	"testing"
	"time"

	"photoserver/internal/testkit"
)

// exits records the status a watcher exits with.
func exits() (func(int), chan int) {
	c := make(chan int, 1)
	return func(code int) { c <- code }, c
}

func TestTheWatchSaysTheLoopThenStopsTheProgramInBothLanguages(t *testing.T) {
	for l, language := range testkit.Languages {
		var out testkit.SyncBuffer
		exit, code := exits()
		watch(20*time.Millisecond, &out, language.Env, exit)
		select {
		case c := <-code:
			if c != 1 {
				t.Errorf("%s: the watch exits with %d, want 1", language.Name, c)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the watch has not stopped the program after 10 s:\n%s", language.Name, out.String())
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		want := [][2]string{
			{"photos.go or fake.go has been running for 0 s before the server could start: look there for a loop that never ends (Ctrl+C stops)", "stopped after 0 s: fix the loop, then start the server again with go run ."},
			{"photos.go ou fake.go tourne depuis 0 s sans que le serveur ait pu démarrer : cherchez-y une boucle qui ne s'arrête jamais (Ctrl+C arrête)", "arrêté au bout de 0 s : corrigez la boucle, puis relancez le serveur avec go run ."},
		}[l]
		if len(lines) != 2 || lines[0] != want[0] || lines[1] != want[1] {
			t.Errorf("%s: the watch says\n%s\nwant the loop, then the stop:\n%s\n%s", language.Name, out.String(), want[0], want[1])
		}
	}
}

func TestAStoppedWatchNeitherSpeaksNorStopsTheProgram(t *testing.T) {
	const d = 20 * time.Millisecond
	var out testkit.SyncBuffer
	exit, code := exits()
	watch(d, &out, testkit.EnvOf("LANG=C.UTF-8"), exit).stop()

	// Stopped after it has spoken (a list that takes long, but ends): the program goes on.
	var late testkit.SyncBuffer
	lateExit, lateCode := exits()
	w := watch(d, &late, testkit.EnvOf("LANG=C.UTF-8"), lateExit)
	testkit.WaitFor(t, "the first sentence", 10*time.Second, func() bool { return late.String() != "" })
	w.stop()

	select { // the absence of an exit: the watches had ten times their delay to exit
	case c := <-code:
		t.Errorf("a watch stopped before its time exited with %d", c)
	case c := <-lateCode:
		t.Errorf("a watch stopped after its first sentence exited with %d:\n%s", c, late.String())
	case <-time.After(10 * d):
	}
	if out.String() != "" {
		t.Errorf("a watch stopped before its time said %q", out.String())
	}
	if strings.Contains(late.String(), "stopped after") {
		t.Errorf("a watch stopped after its first sentence still said the stop:\n%s", late.String())
	}
}
