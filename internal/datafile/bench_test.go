package datafile

import (
	"strconv"
	"testing"
)

// BenchmarkDecodeDataFile is what reading a data file costs, from its bytes to the
// catalog served: it must grow with the file, not faster (line numbers are counted
// forward, once).
func BenchmarkDecodeDataFile(b *testing.B) {
	for _, n := range []int{1000, 10000, 50000} {
		content := Body(fakeCatalog(b, n, 1))
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(content)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := loadData(b.Context(), en, "photos.json", content); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "us/photo")
		})
	}
}
