package catalog

import (
	"context"
	"testing"

	"photoserver/internal/lang"
	"photoserver/internal/testkit"
)

// Photo is written as the students' Photo is: the tests' own, not photos.go's.
type Photo = testkit.Photo

var (
	en        = lang.English
	languages = testkit.Languages
)

// newCatalog numbers and encodes list as the server does photos.go's.
func newCatalog(list []Photo) (*Catalog, error) {
	return New(testkit.Schema(), testkit.Records(list))
}

// fakeCatalog is the catalog of -fake n -seed seed, with testkit.MadeUpPhoto.
func fakeCatalog(t testing.TB, n int, seed int64) *Catalog {
	t.Helper()
	c, err := Fake(context.Background(), testkit.Schema(), n, seed, testkit.MadeUp)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
