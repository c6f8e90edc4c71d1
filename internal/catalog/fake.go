package catalog

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

	"photoserver/internal/photo"
)

// How -fake runs fakePhoto (fake.go) n times.

// MaxFake is the largest -fake accepted.
const MaxFake = 100000

// ProgressAfter is how long making photos may take before a progress line shows; a
// variable so that tests can shorten it.
var ProgressAfter = time.Second

// StuckAfter is how long one photo may take before Fake says, on progress, that fakePhoto
// may loop forever (one takes microseconds); a variable so that tests can shorten it.
var StuckAfter = 10 * time.Second

// fakerMu guards go-faker's random source, which is one for the whole program.
var fakerMu sync.Mutex

// built is what the encoder of Fake gives: the catalog, or why there is none.
type built struct {
	c   *Catalog
	err error
}

// Fake makes n photos of schema s with fake (fake.go's fakePhoto); the same seed gives
// the same photos: both of go-faker's random sources are seeded, the one of its texts
// and numbers and the one of its UUIDs (what it makes from today's date, it cannot
// repeat). While go-faker works, another goroutine numbers and encodes the
// photos already made, so the list is ready soon after the last one. When it takes over
// ProgressAfter, progress shows how far it is; when one photo takes over StuckAfter, it
// says that fakePhoto may never end. It stops early, with ctx's error, when
// ctx is done (Ctrl+C), and with a *DuplicateIDError when fake writes ids that two
// photos share. A panic of fake goes on up, once the encoder has stopped.
func Fake(ctx context.Context, p *message.Printer, s *photo.Schema, n int, seed int64, progress io.Writer, fake func(n int, seed int64) photo.Photo) (*Catalog, error) {
	batches, done := make(chan []photo.Photo, 8), make(chan built, 1)
	var failed atomic.Bool
	go func() {
		b := NewBuilder(s, n)
		var err error
		for batch := range batches {
			for _, ph := range batch {
				if err == nil && ctx.Err() == nil { // after Ctrl+C or a mistake, nothing more to encode
					err = b.Add(ph)
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
			done <- built{c: b.Finish()}
		}
	}()

	closeOnce := sync.OnceFunc(func() { close(batches) })
	defer closeOnce() // even when fake panics: the encoder ends
	fakerMu.Lock()
	defer fakerMu.Unlock()
	faker.SetRandomSource(rand.NewSource(seed))
	faker.SetCryptoSource(rand.New(rand.NewSource(^seed))) // its UUIDs too: the same seed, the same photos
	list := make([]photo.Photo, n)
	start, shown, sent := time.Now(), false, 0
	var made atomic.Int64
	var finished atomic.Bool // a timer that fires as the last photo is made says nothing
	limit := StuckAfter
	stuck := time.AfterFunc(limit, func() {
		if progress != nil && !finished.Load() {
			fmt.Fprintf(progress, "\r%s\n", p.Sprintf("fake.go has not made photo %d after %s: look in fakePhoto for a loop that never ends",
				made.Load()+1, p.Sprintf("%.0f s", limit.Seconds())))
		}
	})
	defer func() { finished.Store(true); stuck.Stop() }()
	for i := range list {
		if err := ctx.Err(); err != nil { // at each photo: under the race detector one takes milliseconds
			return nil, err // the encoder stops too, without holding up the exit
		}
		list[i] = fake(i+1, seed)
		made.Store(int64(i + 1))
		if i < n-1 {
			stuck.Reset(limit)
		}
		if (i+1)%256 == 0 || i == n-1 {
			batches <- list[sent : i+1]
			sent = i + 1
			if failed.Load() {
				break // two photos with one id: no need to make the others
			}
		}
		if (i+1)%1000 == 0 && progress != nil && time.Since(start) > ProgressAfter {
			fmt.Fprintf(progress, "\r%s", p.Sprintf("making photos with faker: %d of %d...", i+1, n))
			shown = true
		}
	}
	finished.Store(true)
	stuck.Stop()
	closeOnce()
	b := <-done
	switch {
	case shown && b.err == nil:
		fmt.Fprintf(progress, "\r%s\n", p.Sprintf("making photos with faker: %d of %d, done.", n, n))
	case shown:
		fmt.Fprintln(progress) // stopped early: what comes next starts on its own line
	}
	return b.c, b.err
}
