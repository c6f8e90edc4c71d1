package datafile

import (
	"strconv"
	"testing"

	"photoserver/internal/testkit"
)

// BenchmarkDecodeDataFile is what reading a data file costs, from its bytes to the
// catalog served: it must grow with the file, not faster (line numbers are counted
// forward, once).
func BenchmarkDecodeDataFile(b *testing.B) {
	for _, n := range []int{1000, 10000, 50000} {
		content := Body(fakeCatalog(b, n, 1))
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ctx := testkit.Context(b)
			b.SetBytes(int64(len(content)))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, _, err := loadData(ctx, en, "photos.json", content); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "us/photo")
		})
	}
}
