package catalog

import (
	"context"
	"errors"
	"testing"

	"photoserver/internal/photo"
	"photoserver/internal/testkit"

	"github.com/go-faker/faker/v4"
)

func TestTheSameSeedGivesTheSameBytes(t *testing.T) {
	body := func(seed int64) string {
		c, err := Fake(context.Background(), testkit.Schema(), 30, seed, testkit.MadeUp)
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

func TestMakingPhotosStopsWhenAskedTo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	made := 0
	_, err := Fake(ctx, testkit.Schema(), 10000, 1, testkit.PerPhoto(func(n int, seed int64) photo.Photo {
		if made++; made == 300 {
			cancel()
		}
		return testkit.Records([]Photo{{}})[0]
	}))
	if err == nil || made > 600 {
		t.Errorf("cancelled after 300 photos, it made %d and returned %v; want it to stop within a batch, with the context's error", made, err)
	}
}

func TestTwoPhotosWithOneIDStopTheRun(t *testing.T) {
	made := 0
	_, err := Fake(context.Background(), testkit.Schema(), 5000, 1, testkit.PerPhoto(func(n int, seed int64) photo.Photo {
		made++
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
	if made > 2000 {
		t.Errorf("fakePhoto was called %d times: the run goes on after two photos share an id", made)
	}
}

func TestTheSameSeedGivesTheSameUUIDsToo(t *testing.T) {
	uuids := func(seed int64) string {
		code := testkit.Code(nil, func(n int, seed int64) Photo { // made through program.WriteFake, which seeds go-faker
			return Photo{Title: faker.UUIDHyphenated(), Description: faker.UUIDDigit(), Keyword: faker.Word()}
		})
		c, err := Fake(context.Background(), code.Schema, 20, seed, code.Fake)
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
