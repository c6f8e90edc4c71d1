package catalog

import (
	"context"
	"math/rand"
	"photoserver/internal/testkit"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/go-faker/faker/v4"
)

// Benchmarks of a version's making: encoding a list, and -fake's cost over go-faker's.

// BenchmarkEncodeFake1000 is what a new version of 1000 photos costs to encode, gzip included.
func BenchmarkEncodeFake1000(b *testing.B) {
	ps := fakeCatalog(b, 1000, 1).Photos()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_, _ = New(testkit.Schema(), ps) // numbered already: only encoded again
	}
}

// goFakerTexts is go-faker's own work for n photos: the same calls as testkit.MadeUp
// makes, the texts kept, and nothing of ours.
func goFakerTexts(n int, seed int64) [][3]string {
	faker.SetRandomSource(rand.NewSource(seed))
	texts := make([][3]string, n)
	for i := range texts {
		texts[i] = [3]string{faker.Sentence(), faker.Paragraph(), faker.Word()}
	}
	return texts
}

// BenchmarkFakeOverhead measures, in one run and turn by turn, go-faker alone and
// -fake as the server does it (go-faker plus our ids, urls, encoding and gzip, ready to
// serve). overhead_% is the time we add to go-faker's: the budget is 25.
func BenchmarkFakeOverhead(b *testing.B) {
	for _, n := range []int{1000, 20000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var fakerAlone, ours time.Duration
			for range b.N {
				runtime.GC() // each side starts with a clean heap, not the other's garbage
				start := time.Now()
				goFakerTexts(n, 1)
				fakerAlone += time.Since(start)
				runtime.GC()
				start = time.Now()
				if _, err := Fake(context.Background(), testkit.Schema(), n, 1, testkit.MadeUp); err != nil {
					b.Fatal(err)
				}
				ours += time.Since(start)
			}
			b.ReportMetric(float64(fakerAlone.Microseconds())/float64(b.N)/float64(n), "faker_us/photo")
			b.ReportMetric(float64(ours.Microseconds())/float64(b.N)/float64(n), "served_us/photo")
			b.ReportMetric(100*(float64(ours)/float64(fakerAlone)-1), "overhead_%")
		})
	}
}
