package program

import (
	"math/rand"

	"github.com/go-faker/faker/v4"
)

// seedFaker seeds both of go-faker's random sources, the one of its texts and numbers
// and the one of its UUIDs, so that the same seed gives the same photos (what it makes
// from today's date, it cannot repeat). Its caller holds fakerMu.
func seedFaker(seed int64) {
	faker.SetRandomSource(rand.NewSource(seed))
	faker.SetCryptoSource(rand.New(rand.NewSource(^seed)))
}
