package main

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-faker/faker/v4"
	"golang.org/x/text/message"
)

// How -fake runs fakePhoto (fake.go) n times: students do not need to read this file.

// maxFake is the largest -fake accepted.
const maxFake = 100000

// progressAfter is how long making photos may take before a progress line shows.
var progressAfter = time.Second

// fakerMu guards go-faker's random source, which is one for the whole program.
var fakerMu sync.Mutex

// fakeMaker is what -fake makes each photo with: fakePhoto (fake.go). The tests put one
// of their own, so that only the grading sheet depends on what fake.go holds.
var fakeMaker = fakePhoto

// built is what the encoder of fakePhotos gives: the catalog, or why there is none.
type built struct {
	c   *catalog
	err error
}

// fakePhotos makes n photos with fake (fakeMaker); the same seed gives the same photos.
// While go-faker works, another goroutine numbers and encodes the photos already made,
// so the list is ready soon after the last one. When it takes over a second, progress
// shows how far it is. It stops early, with ctx's error, when ctx is done (Ctrl+C), and
// with a *duplicateIDError when fake writes ids that two photos share.
func fakePhotos(ctx context.Context, p *message.Printer, n int, seed int64, progress io.Writer, fake func(n int, seed int64) Photo) (*catalog, error) {
	batches, done := make(chan []Photo, 8), make(chan built, 1)
	var failed atomic.Bool
	go func() {
		b := newBuilder(n)
		var err error
		for batch := range batches {
			for _, ph := range batch {
				if err == nil && ctx.Err() == nil { // after Ctrl+C or a mistake, nothing more to encode
					err = b.add(ph)
				}
			}
			failed.Store(err != nil)
		}
		switch {
		case ctx.Err() != nil:
			done <- built{err: ctx.Err()}
		case err != nil:
			done <- built{err: err}
		default:
			done <- built{c: b.finish()}
		}
	}()

	closeOnce := sync.OnceFunc(func() { close(batches) })
	defer closeOnce() // even when fake panics: the encoder ends
	fakerMu.Lock()
	defer fakerMu.Unlock()
	faker.SetRandomSource(rand.NewSource(seed))
	list := make([]Photo, n)
	start, shown, sent := time.Now(), false, 0
	for i := range list {
		list[i] = fake(i+1, seed)
		if (i+1)%256 == 0 || i == n-1 {
			batches <- list[sent : i+1]
			sent = i + 1
			if err := ctx.Err(); err != nil {
				return nil, err // the encoder stops too, without holding up the exit
			}
			if failed.Load() {
				break // two photos with one id: no need to make the others
			}
		}
		if (i+1)%1000 == 0 && progress != nil && time.Since(start) > progressAfter {
			fmt.Fprintf(progress, "\r%s", p.Sprintf("making photos with faker: %d of %d...", i+1, n))
			shown = true
		}
	}
	closeOnce()
	if shown {
		fmt.Fprintf(progress, "\r%s\n", p.Sprintf("making photos with faker: %d of %d, done.", n, n))
	}
	b := <-done
	return b.c, b.err
}
