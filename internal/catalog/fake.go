package catalog

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"
	"time"

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

// Fake makes n photos of schema s with fake (fake.go's fakePhoto, in this process or in
// the students' program: see photo.Faker); the same seed gives the same photos. While
// fakePhoto works, this goroutine numbers and encodes the photos already made, so the
// list is ready soon after the last one. When it takes over ProgressAfter, progress
// shows how far it is; when one photo takes over StuckAfter, it says that fakePhoto may
// never end. It stops early, with ctx's error, when ctx is done (Ctrl+C), with a
// *DuplicateIDError when fake writes ids that two photos share, and with fake's own
// error (a *photo.CallError for a panic).
func Fake(ctx context.Context, p *message.Printer, s *photo.Schema, n int, seed int64, progress io.Writer, fake photo.Faker) (*Catalog, error) {
	b := NewBuilder(s, n)
	start, shown := time.Now(), false
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
	err := fake(ctx, n, seed, func(ph photo.Photo) error {
		if err := b.Add(ph); err != nil {
			return err // two photos with one id: no need to make the others
		}
		i := int(made.Add(1))
		if i < n {
			stuck.Reset(limit)
		}
		if i%1000 == 0 && progress != nil && time.Since(start) > ProgressAfter {
			fmt.Fprintf(progress, "\r%s", p.Sprintf("making photos with faker: %d of %d...", i, n))
			shown = true
		}
		return nil
	})
	finished.Store(true)
	stuck.Stop()
	if err == nil {
		err = ctx.Err()
	}
	if err == nil && int(made.Load()) != n {
		err = fmt.Errorf("catalog: fakePhoto made %d photos of %d", made.Load(), n)
	}
	switch {
	case shown && err == nil:
		fmt.Fprintf(progress, "\r%s\n", p.Sprintf("making photos with faker: %d of %d, done.", n, n))
	case shown:
		fmt.Fprintln(progress) // stopped early: what comes next starts on its own line
	}
	if err != nil {
		return nil, err
	}
	return b.Finish(), nil
}
