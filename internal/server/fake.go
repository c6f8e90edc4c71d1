package server

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/photo"
)

// How -fake shows, on the terminal, that fake.go's fakePhoto is making many photos.
const (
	// progressAfter is how long making photos may take before a progress line shows.
	progressAfter = time.Second
	// stuckAfter is how long one photo may take before the terminal says that
	// fakePhoto may loop forever (one takes microseconds).
	stuckAfter = 10 * time.Second
)

// fakeProgress shows on out, in p's language, how far catalog.Fake is: a line of
// progress once it has taken over after, and a warning when one photo takes over stuck.
type fakeProgress struct {
	p            *message.Printer
	out          io.Writer // nil: nothing is shown
	after, stuck time.Duration
}

// makeFake makes the catalog of -fake n -seed seed with fake (catalog.Fake), its
// progress shown on out.
func makeFake(ctx context.Context, p *message.Printer, s *photo.Schema, n int, seed int64, out io.Writer, fake photo.Faker) (*catalog.Catalog, error) {
	return fakeProgress{p: p, out: out, after: progressAfter, stuck: stuckAfter}.make(ctx, s, n, seed, fake)
}

// make is catalog.Fake with fake's photos counted as they come, to show how far it is.
// A line of progress ends with done, or, when the run stops early, with a newline, so
// that what comes next starts on its own line.
func (fp fakeProgress) make(ctx context.Context, s *photo.Schema, n int, seed int64, fake photo.Faker) (*catalog.Catalog, error) {
	if fp.out == nil {
		return catalog.Fake(ctx, s, n, seed, fake)
	}
	p := fp.p
	start, shown := time.Now(), false
	var made atomic.Int64
	var finished atomic.Bool // a timer that fires as the last photo is made says nothing
	stuck := time.AfterFunc(fp.stuck, func() {
		if !finished.Load() {
			fmt.Fprintf(fp.out, "\r%s\n", p.Sprintf("fake.go has not made photo %d after %s: look in fakePhoto for a loop that never ends",
				made.Load()+1, p.Sprintf("%.0f s", fp.stuck.Seconds())))
		}
	})
	counted := func(ctx context.Context, n int, seed int64, each func(photo.Photo) error) error {
		return fake(ctx, n, seed, func(ph photo.Photo) error {
			if err := each(ph); err != nil {
				return err
			}
			i := int(made.Add(1))
			if i < n {
				stuck.Reset(fp.stuck)
			}
			if i%1000 == 0 && time.Since(start) > fp.after {
				fmt.Fprintf(fp.out, "\r%s", p.Sprintf("making photos with faker: %d of %d...", i, n))
				shown = true
			}
			return nil
		})
	}
	c, err := catalog.Fake(ctx, s, n, seed, counted)
	finished.Store(true)
	stuck.Stop()
	switch {
	case shown && err == nil:
		fmt.Fprintf(fp.out, "\r%s\n", p.Sprintf("making photos with faker: %d of %d, done.", n, n))
	case shown:
		fmt.Fprintln(fp.out) // stopped early: what comes next starts on its own line
	}
	return c, err
}
