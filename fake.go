package main

import (
	"fmt"
	"io"
	"math/rand"
	"sync"
	"time"

	"github.com/go-faker/faker/v4"
)

// maxFake is the largest -fake accepted.
const maxFake = 100000

// fakerMu guards go-faker's random source, which is one for the whole program.
var fakerMu sync.Mutex

// fakePhotos makes n photos with go-faker: a sentence as title, a paragraph as
// description and a word as keyword, one faker call per field. The same seed gives
// the same photos. When it takes over a second, progress shows how far it is.
func fakePhotos(n int, seed int64, progress io.Writer) []Photo {
	fakerMu.Lock()
	defer fakerMu.Unlock()
	faker.SetRandomSource(rand.NewSource(seed))
	list := make([]Photo, n)
	start, shown := time.Now(), false
	for i := range list {
		list[i] = Photo{
			ID:          i + 1,
			URL:         fmt.Sprintf("https://picsum.photos/seed/%d-%d/640/480", seed, i+1),
			Title:       faker.Sentence(),
			Description: faker.Paragraph(),
			Keyword:     faker.Word(),
		}
		if i%1000 == 999 && time.Since(start) > time.Second && progress != nil {
			fmt.Fprintf(progress, "\rmaking photos with faker: %d of %d...", i+1, n)
			shown = true
		}
	}
	if shown {
		fmt.Fprintf(progress, "\rmaking photos with faker: %d of %d, done.\n", n, n)
	}
	return list
}
