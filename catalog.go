package main

import (
	"fmt"
	"strconv"

	"sync"
	"sync/atomic"

	"golang.org/x/text/message"
)

// catalog is one version of the photos with everything a response needs already made:
// the JSON of the list is encoded once here, so requests only copy bytes.
// A catalog never changes once built; a new version is a new catalog.
type catalog struct {
	photos []Photo      // numbered: every photo has its id
	byID   map[int]int  // photo id -> index in photos
	list   *encoded     // the whole list as JSON
	search []string     // lower-case title, description and keyword, for q=, made at the first q=
	urls   [][2]int     // where each photo's url value lies in its item, made at the first -offline request
	once   [2]sync.Once // for search and urls

	foldMu sync.Mutex
	folded map[int][]string // for _sort: a text field of every photo without accents, by field

	hosts hostLists // -offline: the whole list seen from each of this server's addresses (offline.go)
}

// builder makes a catalog one photo at a time: it numbers each photo and encodes it as
// it comes, so that the list is ready soon after the last one (see fakePhotos).
type builder struct {
	c       *catalog
	enc     *encoder
	written []bool // whether each photo came with its id written, or got its position
}

func newBuilder(n int) *builder {
	return &builder{c: &catalog{photos: make([]Photo, 0, n), byID: make(map[int]int, n)}, enc: newEncoder(n)}
}

// add numbers p, by its position when it has no id, and encodes it. Two photos with one
// id are an error that names both.
func (b *builder) add(p Photo) error {
	i := len(b.c.photos)
	written := p.ID != 0
	if !written {
		p.ID = i + 1
	}
	if j, dup := b.c.byID[p.ID]; dup {
		return &duplicateIDError{id: p.ID, first: j, second: i, titles: [2]string{b.c.photos[j].Title, p.Title}, written: [2]bool{b.written[j], written}}
	}
	b.written = append(b.written, written)
	b.c.byID[p.ID] = i
	b.c.photos = append(b.c.photos, p)
	b.enc.add(&b.c.photos[i])
	return nil
}

// finish returns the catalog of the photos added.
func (b *builder) finish() *catalog {
	b.c.list = b.enc.finish()
	return b.c
}

// newCatalog numbers the photos of list and encodes them once.
func newCatalog(list []Photo) (*catalog, error) {
	b := newBuilder(len(list))
	for _, p := range list {
		if err := b.add(p); err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

// duplicateIDError says that two photos, at positions first and second (from 0), share
// an id: both written so, or one written and the other's position.
type duplicateIDError struct {
	id, first, second int
	titles            [2]string
	written           [2]bool
}

// positional returns, when only one of the two ids was written, the positions of the
// photo written with the id and of the one that has it by its position.
func (e *duplicateIDError) positional() (written, numbered int, ok bool) {
	switch {
	case e.written[0] && !e.written[1]:
		return e.first, e.second, true
	case e.written[1] && !e.written[0]:
		return e.second, e.first, true
	}
	return 0, 0, false
}

// explain says in one sentence which two photos share an id and what to do. where opens
// the sentence ("in photos.go,", "photos.json lines 3 and 9:"), and id is how the field
// is written there: ID in Go, id in JSON.
func (e *duplicateIDError) explain(p *message.Printer, where, id string) string {
	if w, n, ok := e.positional(); ok {
		return p.Sprintf("%s %s is written with %s %s, the number that %s gets from its position: remove that %s, or give it a number no other photo has",
			where, e.label(p, w), id, strconv.Itoa(e.id), e.label(p, n), id)
	}
	return p.Sprintf("%s %s and %s both have %s %s: give each photo its own %s, or remove both of them and the photos will be numbered by their position",
		where, e.label(p, e.first), e.label(p, e.second), id, strconv.Itoa(e.id), id)
}

// explained is a duplicateIDError said for a person, which still unwraps to it.
type explained struct {
	msg string
	dup *duplicateIDError
}

func (e explained) Error() string { return e.msg }
func (e explained) Unwrap() error { return e.dup }

// label names one of the two photos: position and title.
func (e *duplicateIDError) label(p *message.Printer, i int) string {
	if i == e.first {
		return photoLabel(p, i, e.titles[0])
	}
	return photoLabel(p, i, e.titles[1])
}

func (e *duplicateIDError) Error() string {
	return fmt.Sprintf("photos %d and %d both have id %d", e.first+1, e.second+1, e.id)
}

// all lists every position: the whole list as a choice.
func (c *catalog) all() []int {
	chosen := make([]int, len(c.photos))
	for i := range chosen {
		chosen[i] = i
	}
	return chosen
}

// store holds the catalog being served. A reload swaps in a whole new catalog at
// once, and each request reads it once, so a response is always one version.
type store struct {
	cur  atomic.Pointer[catalog]
	mu   sync.Mutex
	next chan struct{} // closed when the catalog is replaced
}

func (s *store) current() *catalog { return s.cur.Load() }

// replace serves c from now on and wakes those who watch.
func (s *store) replace(c *catalog) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cur.Store(c)
	if s.next != nil {
		close(s.next)
		s.next = nil
	}
}

// watch returns the catalog served now and a channel closed when it is replaced.
func (s *store) watch() (*catalog, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next == nil {
		s.next = make(chan struct{})
	}
	return s.cur.Load(), s.next
}
