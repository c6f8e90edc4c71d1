// Package catalog holds the photos being served, one version at a time, and answers
// queries on them; it knows nothing of HTTP. A Catalog is one version with the JSON of
// its list made once, with its gzip form and checksum, so that answering the whole list
// only copies bytes. A Builder numbers and encodes photos as they come (Fake builds one
// from fake.go's fakePhoto), and a Store swaps versions at once and wakes those who
// watch, so that an answer is always one version. A Query (this server's parameters and
// json-server's, read by ParseQuery, whose mistakes are *QueryError values) chooses
// photos, and Answer gives them as JSON; in -offline mode, each photo's url is rewritten
// to a picture of this server as the bytes are made (View).
package catalog

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"

	"golang.org/x/text/message"

	"photoserver/internal/images"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// Catalog is one version of the photos with everything a response needs already made.
// A catalog never changes once built; a new version is a new catalog.
type Catalog struct {
	schema *photo.Schema
	photos []photo.Photo // numbered: every photo has its id
	byID   map[int]int   // photo id -> index in photos
	list   *Encoded      // the whole list as JSON

	searchOnce sync.Once
	search     []string // lower-case title, description and keyword without accents, for q=

	local       []string // the pair's picture each photo's url names (chat.jpg), or ""
	ownPictures bool     // some photo names one

	urlsOnce sync.Once
	urls     [][2]int // where each photo's url value lies in its item, to rewrite it (View)

	foldMu   sync.Mutex
	folded   map[int][]string // for _sort: a text field of every photo without accents, by field
	collated map[int][]string // for json-server 1's _sort: a text field of every photo as collation keys, by field

	wholes wholes // the whole list seen from each of this server's own bases (View.Keep)
}

// Schema is the Photo type the catalog's photos have.
func (c *Catalog) Schema() *photo.Schema { return c.schema }

// Photos are the photos of the catalog, numbered, in the list's order. They are the
// catalog's: read them, do not change them.
func (c *Catalog) Photos() []photo.Photo { return c.photos }

// List is the whole list as JSON, made once.
func (c *Catalog) List() *Encoded { return c.list }

// Lookup finds the photo whose id is written as text, in its one canonical form: 3,
// not 03 or +3. It returns the photo's position.
func (c *Catalog) Lookup(text string) (int, bool) {
	id, err := strconv.Atoi(text)
	if err != nil || strconv.Itoa(id) != text {
		return 0, false
	}
	i, found := c.byID[id]
	return i, found
}

// All lists every position: the whole list as a choice.
func (c *Catalog) All() []int {
	chosen := make([]int, len(c.photos))
	for i := range chosen {
		chosen[i] = i
	}
	return chosen
}

// Builder makes a catalog one photo at a time: it numbers each photo and encodes it as
// it comes, so that the list is ready soon after the last one (see Fake).
type Builder struct {
	c       *Catalog
	enc     *encoder
	written []bool // whether each photo came with its id written, or got its position
}

// NewBuilder starts a catalog of photos of schema s, room made for n of them.
func NewBuilder(s *photo.Schema, n int) *Builder {
	return &Builder{c: &Catalog{schema: s, photos: make([]photo.Photo, 0, n), byID: make(map[int]int, n), local: make([]string, 0, n)}, enc: newEncoder(n)}
}

// Add numbers ph, by its position when it has no id, and encodes it; ph's value is the
// catalog's from then on. Two photos with one id are a *DuplicateIDError that names both.
func (b *Builder) Add(ph photo.Photo) error {
	i := len(b.c.photos)
	written := ph.ID != 0
	if !written {
		b.c.schema.SetID(&ph, i+1)
	}
	if j, dup := b.c.byID[ph.ID]; dup {
		return &DuplicateIDError{ID: ph.ID, First: j, Second: i, Titles: [2]string{b.c.photos[j].Title, ph.Title}, Written: [2]bool{b.written[j], written}}
	}
	b.written = append(b.written, written)
	b.c.byID[ph.ID] = i
	b.c.photos = append(b.c.photos, ph)
	name, _ := images.LocalName(ph.URL)
	b.c.local = append(b.c.local, name)
	b.c.ownPictures = b.c.ownPictures || name != ""
	b.enc.add(&b.c.photos[i])
	return nil
}

// Finish returns the catalog of the photos added.
func (b *Builder) Finish() *Catalog {
	b.c.list = b.enc.finish()
	return b.c
}

// New numbers the photos of list and encodes them once.
func New(s *photo.Schema, list []photo.Photo) (*Catalog, error) {
	b := NewBuilder(s, len(list))
	for _, ph := range list {
		if err := b.Add(ph); err != nil {
			return nil, err
		}
	}
	return b.Finish(), nil
}

// DuplicateIDError says that two photos, at positions First and Second (from 0), share
// an id: both written so, or one written and the other's position.
type DuplicateIDError struct {
	ID, First, Second int
	Titles            [2]string
	Written           [2]bool
}

// positional returns, when only one of the two ids was written, the positions of the
// photo written with the id and of the one that has it by its position.
func (e *DuplicateIDError) positional() (written, numbered int, ok bool) {
	switch {
	case e.Written[0] && !e.Written[1]:
		return e.First, e.Second, true
	case e.Written[1] && !e.Written[0]:
		return e.Second, e.First, true
	}
	return 0, 0, false
}

// Explain says in one sentence which two photos share an id and what to do. where opens
// the sentence ("in photos.go,", "photos.json lines 3 and 9:"), and id is how the field
// is written there: ID in Go, id in JSON.
func (e *DuplicateIDError) Explain(p *message.Printer, where, id string) string {
	if w, n, ok := e.positional(); ok {
		return p.Sprintf("%s %s is written with %s %s, the number that %s gets from its position: remove that %s, or give it a number no other photo has",
			where, e.Label(p, w), id, strconv.Itoa(e.ID), e.Label(p, n), id)
	}
	return p.Sprintf("%s %s and %s both have %s %s: give each photo its own %s, or remove both of them and the photos will be numbered by their position",
		where, e.Label(p, e.First), e.Label(p, e.Second), id, strconv.Itoa(e.ID), id)
}

// InFake says that fake.go's fakePhoto writes an id, which gives two photos the same:
// what the server says at start with -fake, and the grading sheet for Faker. id is the
// id's field as fake.go writes it (ID).
func (e *DuplicateIDError) InFake(p *message.Printer, id string) string {
	return p.Sprintf("in fake.go, fakePhoto writes an %s (%s has %s %s, like %s): remove the %s, the server numbers the photos itself",
		id, e.Label(p, e.Second), id, strconv.Itoa(e.ID), e.Label(p, e.First), id)
}

// Label names one of the two photos, by its position: position and title.
func (e *DuplicateIDError) Label(p *message.Printer, i int) string {
	if i == e.First {
		return lang.PhotoLabel(p, i, e.Titles[0])
	}
	return lang.PhotoLabel(p, i, e.Titles[1])
}

func (e *DuplicateIDError) Error() string {
	return fmt.Sprintf("photos %d and %d both have id %d", e.First+1, e.Second+1, e.ID)
}

// Store holds the catalog being served. A reload swaps in a whole new catalog at
// once, and each request reads it once, so a response is always one version.
type Store struct {
	cur  atomic.Pointer[Catalog]
	mu   sync.Mutex
	next chan struct{} // closed when the catalog is replaced
}

// Current is the catalog served now.
func (s *Store) Current() *Catalog { return s.cur.Load() }

// Replace serves c from now on and wakes those who watch.
func (s *Store) Replace(c *Catalog) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cur.Store(c)
	if s.next != nil {
		close(s.next)
		s.next = nil
	}
}

// Watch returns the catalog served now and a channel closed when it is replaced.
func (s *Store) Watch() (*Catalog, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next == nil {
		s.next = make(chan struct{})
	}
	return s.cur.Load(), s.next
}
