package server

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"photoserver/internal/catalog"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

// Not parallel: go-faker's random source is one for the whole program.

func TestALongFakerRunShowsItsProgressInBothLanguages(t *testing.T) {
	for l, lang := range languages {
		var progress strings.Builder
		fp := fakeProgress{p: lang.P, out: &progress, after: 0, stuck: stuckAfter} // as if go-faker had already taken over a second
		if _, err := fp.make(context.Background(), testkit.Schema(), 2500, 1, testkit.MadeUp); err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"making photos with faker: 1,000 of 2,500...", "2,000 of 2,500...", "2,500 of 2,500, done.\n"},
			{"création des photos avec faker : 1\u00a0000 sur 2\u00a0500...", "2\u00a0000 sur 2\u00a0500...", "2\u00a0500 sur 2\u00a0500, terminé.\n"}}[l]
		for _, w := range want {
			if !strings.Contains(progress.String(), w) {
				t.Errorf("%s: the progress line does not show %q: %q", lang.Name, w, progress.String())
			}
		}
		progress.Reset()
		fp.after = time.Hour
		if _, err := fp.make(context.Background(), testkit.Schema(), 2500, 1, testkit.MadeUp); err != nil || progress.Len() != 0 {
			t.Errorf("a quick run printed progress: %q", progress.String())
		}
	}
}

func TestARunStoppedEarlyDoesNotSayDone(t *testing.T) {
	t.Parallel()
	var progress strings.Builder
	fp := fakeProgress{p: en, out: &progress, after: 0, stuck: stuckAfter} // as if go-faker had already taken over a second
	_, err := fp.make(context.Background(), testkit.Schema(), 5000, 1, testkit.PerPhoto(func(n int, seed int64) photo.Photo {
		ph := Photo{Title: "t"}
		if n > 1500 {
			ph.ID = 1 // fake.go starts writing an ID: two photos with id 1
		}
		return testkit.Records([]Photo{ph})[0]
	}))
	var dup *catalog.DuplicateIDError
	if !errors.As(err, &dup) {
		t.Fatalf("got %v, want two photos with one id", err)
	}
	if out := progress.String(); !strings.Contains(out, "1,000 of 5,000...") || strings.Contains(out, "done") || !strings.HasSuffix(out, "\n") {
		t.Errorf("the progress line of a run that stopped early is %q: want its count, no done, and a new line for what follows", out)
	}
}

func TestAPhotoThatTakesTooLongIsSaidAsAPossibleEndlessLoop(t *testing.T) {
	for l, lang := range languages {
		progress := &testkit.SyncBuffer{}                                                       // the line is written from the timer's goroutine
		fp := fakeProgress{p: lang.P, out: progress, after: time.Hour, stuck: time.Millisecond} // as if fakePhoto had spent 10 s on photo 3
		_, err := fp.make(context.Background(), testkit.Schema(), 3, 1, testkit.PerPhoto(func(n int, seed int64) photo.Photo {
			if n == 3 {
				// fakePhoto is "stuck" on photo 3 until the warning comes (stuck is 1 ms)
				testkit.WaitFor(t, "the endless-loop warning", 10*time.Second, func() bool { return strings.Contains(progress.String(), "photo 3") })
			}
			return testkit.Records([]Photo{testkit.MadeUpPhoto(n, seed)})[0]
		}))
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"fake.go has not made photo 3 after 0 s: look in fakePhoto for a loop that never ends",
			"fake.go n'a pas fini la photo 3 au bout de 0 s : cherchez dans fakePhoto une boucle qui ne s'arrête jamais"}[l]
		if !strings.Contains(progress.String(), want) {
			t.Errorf("%s: %q, want %q", lang.Name, progress.String(), want)
		}
	}
}
