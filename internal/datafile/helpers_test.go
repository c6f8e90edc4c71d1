package datafile

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

// Photo is written as the students' Photo is: the tests' own, not photos.go's.
type Photo = testkit.Photo

type syncBuffer = testkit.SyncBuffer

var (
	en           = lang.English
	fr           = lang.French
	languages    = testkit.Languages
	samplePhotos = testkit.SamplePhotos
	manyPhotos   = testkit.ManyPhotos
	photoFields  = testkit.Schema().Names
	saveInPlace  = testkit.SaveInPlace
	saveByRename = testkit.SaveByRename
)

// newCatalog numbers and encodes list as the server does photos.go's.
func newCatalog(list []Photo) (*catalog.Catalog, error) {
	return catalog.New(testkit.Schema(), testkit.Records(list))
}

// loadData reads a data file's content as the server reads one of Photo.
func loadData(ctx context.Context, p *message.Printer, name string, content []byte) (*catalog.Catalog, Photos, error) {
	c, d, err := Load(ctx, testkit.Schema(), nil, name, content)
	if err != nil {
		err = inLanguage{p, err}
	}
	return c, d, err
}

// inLanguage is err said in p's language (lang.Say), as the edge says it: for the tests
// that read a mistake's sentence in English and in French.
type inLanguage struct {
	p   *message.Printer
	err error
}

func (e inLanguage) Error() string { return lang.Say(e.p, e.err) }
func (e inLanguage) Unwrap() error { return e.err }

// jsonOf is photos as JSON, one per line, to compare what two lists send.
func jsonOf(list []photo.Photo) string {
	var lines []string
	for i := range list {
		b, _ := json.Marshal(list[i].Value())
		lines = append(lines, string(b))
	}
	return strings.Join(lines, "\n")
}

// values are the students' values of photos, for encoding/json.
func values(list []photo.Photo) []any {
	out := make([]any, len(list))
	for i := range list {
		out[i] = list[i].Value()
	}
	return out
}

// fakeCatalog is the catalog of -fake n -seed seed, with testkit.MadeUpPhoto.
func fakeCatalog(t testing.TB, n int, seed int64) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Fake(context.Background(), testkit.Schema(), n, seed, testkit.MadeUp)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// said is each warning of ws in p's language.
func said(p *message.Printer, ws []photo.Warning) []string { return photo.Sentences(p, ws) }
