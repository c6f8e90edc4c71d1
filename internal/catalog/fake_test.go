package catalog

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"photoserver/internal/photo"
	"photoserver/internal/testkit"

	"github.com/go-faker/faker/v4"
)

func TestTheSameSeedGivesTheSameBytes(t *testing.T) {
	body := func(seed int64) string {
		c, err := Fake(context.Background(), en, testkit.Schema(), 30, seed, nil, testkit.MadeUp)
		if err != nil {
			t.Fatal(err)
		}
		return string(c.list.Plain.Body)
	}
	if a, b := body(42), body(42); a != b {
		t.Errorf("-fake 30 -seed 42 made different bytes in two runs")
	}
	if body(42) == body(43) {
		t.Errorf("seeds 42 and 43 made the same photos")
	}
}

func TestALongFakerRunShowsItsProgressInBothLanguages(t *testing.T) {
	defer func(d time.Duration) { ProgressAfter = d }(ProgressAfter)
	for l, lang := range languages {
		ProgressAfter = 0 // as if go-faker had already taken over a second
		var progress strings.Builder
		if _, err := Fake(context.Background(), lang.P, testkit.Schema(), 2500, 1, &progress, testkit.MadeUp); err != nil {
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
		ProgressAfter = time.Hour
		if _, err := Fake(context.Background(), lang.P, testkit.Schema(), 2500, 1, &progress, testkit.MadeUp); err != nil || progress.Len() != 0 {
			t.Errorf("a quick run printed progress: %q", progress.String())
		}
	}
}

func TestMakingPhotosStopsWhenAskedTo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	made := 0
	_, err := Fake(ctx, en, testkit.Schema(), 10000, 1, nil, testkit.PerPhoto(func(n int, seed int64) photo.Photo {
		if made++; made == 300 {
			cancel()
		}
		return testkit.Records([]Photo{{}})[0]
	}))
	if err == nil || made > 600 {
		t.Errorf("cancelled after 300 photos, it made %d and returned %v; want it to stop within a batch, with the context's error", made, err)
	}
}

func TestARunStoppedEarlyDoesNotSayDone(t *testing.T) {
	defer func(d time.Duration) { ProgressAfter = d }(ProgressAfter)
	ProgressAfter = 0 // as if go-faker had already taken over a second
	var progress strings.Builder
	_, err := Fake(context.Background(), en, testkit.Schema(), 5000, 1, &progress, testkit.PerPhoto(func(n int, seed int64) photo.Photo {
		ph := Photo{Title: "t"}
		if n > 1500 {
			ph.ID = 1 // fake.go starts writing an ID: two photos with id 1
		}
		return testkit.Records([]Photo{ph})[0]
	}))
	var dup *DuplicateIDError
	if !errors.As(err, &dup) {
		t.Fatalf("got %v, want two photos with one id", err)
	}
	if out := progress.String(); !strings.Contains(out, "1,000 of 5,000...") || strings.Contains(out, "done") || !strings.HasSuffix(out, "\n") {
		t.Errorf("the progress line of a run that stopped early is %q: want its count, no done, and a new line for what follows", out)
	}
}

func TestTheSameSeedGivesTheSameUUIDsToo(t *testing.T) {
	uuids := func(seed int64) string {
		code := testkit.Code(nil, func(n int, seed int64) Photo { // made through program.WriteFake, which seeds go-faker
			return Photo{Title: faker.UUIDHyphenated(), Description: faker.UUIDDigit(), Keyword: faker.Word()}
		})
		c, err := Fake(context.Background(), en, code.Schema, 20, seed, nil, code.Fake)
		if err != nil {
			t.Fatal(err)
		}
		return string(c.List().Plain.Body)
	}
	if a, b := uuids(7), uuids(7); a != b {
		t.Errorf("-fake 20 -seed 7 made other UUIDs in a second run")
	}
	if uuids(7) == uuids(8) {
		t.Errorf("seeds 7 and 8 made the same UUIDs")
	}
}

func TestAPhotoThatTakesTooLongIsSaidAsAPossibleEndlessLoop(t *testing.T) {
	defer func(d time.Duration) { StuckAfter = d }(StuckAfter)
	StuckAfter = time.Millisecond // as if fakePhoto had spent 10 s on photo 3
	for l, lang := range languages {
		progress := &testkit.SyncBuffer{} // the line is written from the timer's goroutine
		_, err := Fake(context.Background(), lang.P, testkit.Schema(), 3, 1, progress, testkit.PerPhoto(func(n int, seed int64) photo.Photo {
			if n == 3 {
				time.Sleep(100 * time.Millisecond) // not a timing under test: long enough for a 1 ms timer to fire
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
