package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// catalog is one version of the photos with everything a response needs already made:
// the JSON of the list is encoded once here, so requests only copy bytes.
// A catalog never changes after newCatalog; a new version is a new catalog.
type catalog struct {
	photos     []Photo
	byID       map[int]int // photo id -> index in photos
	search     []string    // lower-case title, description and keyword, for q=, made at the first q=
	searchOnce sync.Once
	plain      *encoded // the list as it is written

	offline bool // urls point to the server's own pictures, per Host (see view)
	mu      sync.Mutex
	hosts   map[string]*encoded
}

// maxHostViews bounds how many Host headers get a cached encoding in offline mode.
const maxHostViews = 8

// numberPhotos returns a copy of list in which every photo without an id gets its
// position (1, 2, 3, ...), and an error naming both photos when two share an id.
func numberPhotos(list []Photo) ([]Photo, error) {
	out := make([]Photo, len(list))
	seen := make(map[int]int, len(list))
	for i, p := range list {
		if p.ID == 0 {
			p.ID = i + 1
		}
		if j, dup := seen[p.ID]; dup {
			return nil, fmt.Errorf("photo %d (%q) and photo %d (%q) both have id %d: give each photo its own id, or remove the ids and they will be numbered for you",
				j+1, out[j].Title, i+1, p.Title, p.ID)
		}
		seen[p.ID] = i
		out[i] = p
	}
	return out, nil
}

// newCatalog numbers the photos and encodes them once.
func newCatalog(list []Photo, offline bool) (*catalog, error) {
	ps, err := numberPhotos(list)
	if err != nil {
		return nil, err
	}
	var plain *encoded
	if !offline {
		plain = encode(ps)
	}
	return catalogOf(ps, plain, offline), nil
}

// catalogOf makes the catalog of photos already numbered and encoded. In offline mode
// plain is not used: each Host gets an encoding of its own (see view).
func catalogOf(ps []Photo, plain *encoded, offline bool) *catalog {
	c := &catalog{photos: ps, byID: make(map[int]int, len(ps)), offline: offline}
	if !offline {
		c.plain = plain
	}
	for i, p := range ps {
		c.byID[p.ID] = i
	}
	return c
}

// view returns the encoding for a request that came through host. Outside offline
// mode every host gets the same bytes; in offline mode each url is the server's own
// picture seen from host, so the encoding is kept per host (a few at most).
func (c *catalog) view(host string) *encoded {
	if !c.offline {
		return c.plain
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.hosts[host]; ok {
		return e
	}
	ps := make([]Photo, len(c.photos))
	for i, p := range c.photos {
		p.URL = imageURL(host, p.ID)
		ps[i] = p
	}
	e := encode(ps)
	if c.hosts == nil {
		c.hosts = make(map[string]*encoded)
	}
	if len(c.hosts) >= maxHostViews {
		for h := range c.hosts {
			delete(c.hosts, h)
			break
		}
	}
	c.hosts[host] = e
	return e
}

// imageURL is the address of the picture the server draws for photo id, seen from host.
func imageURL(host string, id int) string {
	return fmt.Sprintf("http://%s/images/%d.svg", host, id)
}

// listQuery is what a request asks of the list: filters, then a page.
type listQuery struct {
	keyword string // equal to the keyword, ignoring case
	q       string // found in the title, description or keyword, ignoring case
	offset  int
	limit   int // -1: no limit
}

// all reports whether the query asks for the whole list as it is.
func (q listQuery) all() bool { return q == listQuery{limit: -1} }

// match returns the positions of the photos the query keeps, and how many matched
// before offset and limit.
func (c *catalog) match(q listQuery) (chosen []int, total int) {
	needle := strings.ToLower(q.q)
	if needle != "" {
		c.searchOnce.Do(func() {
			c.search = make([]string, len(c.photos))
			for i, p := range c.photos {
				c.search[i] = strings.ToLower(p.Title + "\n" + p.Description + "\n" + p.Keyword)
			}
		})
	}
	for i := range c.photos {
		if q.keyword != "" && !strings.EqualFold(c.photos[i].Keyword, q.keyword) {
			continue
		}
		if needle != "" && !strings.Contains(c.search[i], needle) {
			continue
		}
		chosen = append(chosen, i)
	}
	total = len(chosen)
	chosen = chosen[min(q.offset, total):]
	if q.limit >= 0 && q.limit < len(chosen) {
		chosen = chosen[:q.limit]
	}
	return chosen, total
}

// store holds the catalog being served. A reload swaps in a whole new catalog at
// once, and each request reads it once, so a response is always one version.
type store struct{ cur atomic.Pointer[catalog] }

func (s *store) current() *catalog  { return s.cur.Load() }
func (s *store) replace(c *catalog) { s.cur.Store(c) }
