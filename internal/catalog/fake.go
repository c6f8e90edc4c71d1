package catalog

import (
	"context"
	"fmt"

	"photoserver/internal/photo"
)

// MaxFake is the largest -fake accepted.
const MaxFake = 100000

// Fake makes the catalog of n photos of schema s that fake makes (fake.go's fakePhoto,
// in this process or in the students' program: see photo.Faker); the same seed gives
// the same photos. While fakePhoto works, this goroutine numbers and encodes the photos
// already made, so the list is ready soon after the last one. It stops early, with ctx's
// error, when ctx is done (Ctrl+C), with a *DuplicateIDError when fake writes ids that
// two photos share, and with fake's own error (a *photo.CallError for a panic). Whoever
// wants to show how far it is wraps fake (the server's progress line).
func Fake(ctx context.Context, s *photo.Schema, n int, seed int64, fake photo.Faker) (*Catalog, error) {
	b := NewBuilder(s, n)
	made := 0
	err := fake(ctx, n, seed, func(ph photo.Photo) error {
		made++
		return b.Add(ph) // two photos with one id: no need to make the others
	})
	if err == nil {
		err = ctx.Err()
	}
	if err == nil && made != n {
		err = fmt.Errorf("catalog: fakePhoto made %d photos of %d", made, n)
	}
	if err != nil {
		return nil, err
	}
	return b.Finish(), nil
}
