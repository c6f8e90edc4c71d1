package main

import (
	"fmt"
	"io"
	"math/rand"
	"strconv"
	"sync"
	"time"

	"github.com/go-faker/faker/v4"
)

// maxFake is the largest -fake accepted.
const maxFake = 100000

// progressAfter is how long making photos may take before a progress line shows.
var progressAfter = time.Second

// fakerMu guards go-faker's random source, which is one for the whole program.
var fakerMu sync.Mutex

// fakePhotos makes n photos with go-faker: a sentence as title, a paragraph as
// description and a word as keyword, one faker call per field. The same seed gives
// the same photos. While go-faker works, another goroutine encodes the photos already
// made, so the list is ready to serve soon after the last one. When it takes over a
// second, progress shows how far it is.
func fakePhotos(n int, seed int64, progress io.Writer) ([]Photo, *encoded) {
	batches, done := make(chan []Photo, 8), make(chan *encoded)
	go func() {
		enc := newEncoder(n)
		for batch := range batches {
			for i := range batch {
				enc.add(&batch[i])
			}
		}
		done <- enc.finish()
	}()

	fakerMu.Lock()
	defer fakerMu.Unlock()
	faker.SetRandomSource(rand.NewSource(seed))
	list := make([]Photo, n)
	prefix := "https://picsum.photos/seed/" + strconv.FormatInt(seed, 10) + "-"
	start, shown, sent := time.Now(), false, 0
	for i := range list {
		list[i] = Photo{
			ID:          i + 1,
			URL:         prefix + strconv.Itoa(i+1) + "/640/480",
			Title:       faker.Sentence(),
			Description: faker.Paragraph(),
			Keyword:     faker.Word(),
		}
		if i+1-sent == 256 || i == n-1 {
			batches <- list[sent : i+1]
			sent = i + 1
		}
		if i%1000 == 999 && progress != nil && time.Since(start) > progressAfter {
			fmt.Fprintf(progress, "\rmaking photos with faker: %d of %d...", i+1, n)
			shown = true
		}
	}
	close(batches)
	if shown {
		fmt.Fprintf(progress, "\rmaking photos with faker: %d of %d, done.\n", n, n)
	}
	return list, <-done
}
