package catalog

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/go-faker/faker/v4"
)

func TestTheSameSeedGivesTheSameBytes(t *testing.T) {
	body := func(seed int64) string {
		c, err := fakePhotos(context.Background(), en, 30, seed, nil, madeUpPhoto)
		if err != nil {
			t.Fatal(err)
		}
		return string(c.list.plain.body)
	}
	if a, b := body(42), body(42); a != b {
		t.Errorf("-fake 30 -seed 42 made different bytes in two runs")
	}
	if body(42) == body(43) {
		t.Errorf("seeds 42 and 43 made the same photos")
	}
}

func TestALongFakerRunShowsItsProgressInBothLanguages(t *testing.T) {
	defer func(d time.Duration) { progressAfter = d }(progressAfter)
	for l, lang := range languages {
		progressAfter = 0 // as if go-faker had already taken over a second
		var progress strings.Builder
		if _, err := fakePhotos(context.Background(), lang.p, 2500, 1, &progress, madeUpPhoto); err != nil {
			t.Fatal(err)
		}
		want := [][]string{{"making photos with faker: 1,000 of 2,500...", "2,000 of 2,500...", "2,500 of 2,500, done.\n"},
			{"création des photos avec faker : 1\u00a0000 sur 2\u00a0500...", "2\u00a0000 sur 2\u00a0500...", "2\u00a0500 sur 2\u00a0500, terminé.\n"}}[l]
		for _, w := range want {
			if !strings.Contains(progress.String(), w) {
				t.Errorf("%s: the progress line does not show %q: %q", lang.name, w, progress.String())
			}
		}
		progress.Reset()
		progressAfter = time.Hour
		if _, err := fakePhotos(context.Background(), lang.p, 2500, 1, &progress, madeUpPhoto); err != nil || progress.Len() != 0 {
			t.Errorf("a quick run printed progress: %q", progress.String())
		}
	}
}

func TestAFakePhotoWithAnIDIsRefusedWithWhatToDo(t *testing.T) {
	withPhotos(t, nil)
	fakeMaker = func(n int, seed int64) Photo { return Photo{ID: 1, Title: faker.Sentence()} }
	for l, lang := range languages {
		err := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-fake", "5"}, lang.env, &syncBuffer{}, &syncBuffer{})
		want := []string{`in fake.go, fakePhoto writes an ID (photo 2 ("`, `dans fake.go, fakePhoto écrit un ID (la photo 2 (« `}[l]
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), []string{"remove the ID", "enlevez l'ID"}[l]) {
			t.Errorf("%s: got %v, want %q and what to do", lang.name, err, want)
		}
	}
}

func TestMakingPhotosStopsWhenAskedTo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	made := 0
	_, err := fakePhotos(ctx, en, 10000, 1, nil, func(n int, seed int64) Photo {
		if made++; made == 300 {
			cancel()
		}
		return Photo{}
	})
	if err == nil || made > 600 {
		t.Errorf("cancelled after 300 photos, it made %d and returned %v; want it to stop within a batch, with the context's error", made, err)
	}
}
