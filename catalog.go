package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/crc64"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// catalog is one version of the photos with everything a response needs already made:
// the JSON of the list is encoded once here, so requests only copy bytes.
// A catalog never changes after newCatalog; a new version is a new catalog.
type catalog struct {
	photos []Photo
	byID   map[int]int // photo id -> index in photos
	search []string    // lower-case title, description and keyword, for q=
	plain  *encoded    // the list as it is written

	offline bool // urls point to the server's own pictures, per Host (see view)
	mu      sync.Mutex
	hosts   map[string]*encoded
}

// maxHostViews bounds how many Host headers get a cached encoding in offline mode.
const maxHostViews = 8

// encoded is the list of photos as JSON: the whole array, each photo's element,
// and the gzip form, made once and then shared by every request.
type encoded struct {
	plain payload
	items [][]byte // each element of plain.body, to join the answers of filtered queries
	count []string // the X-Total-Count header of the whole list

	gzipOnce sync.Once
	gz       payload
}

// payload is a body ready to send, with the headers that describe it made once.
type payload struct {
	body   []byte
	etag   []string // the ETag header: strong, from the bytes
	length []string // the Content-Length header
}

func newPayload(body []byte, suffix string) payload {
	etag := fmt.Sprintf(`"%016x%s"`, crc64.Checksum(body, crcTable), suffix)
	return payload{body: body, etag: []string{etag}, length: []string{strconv.Itoa(len(body))}}
}

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
	c := &catalog{photos: ps, byID: make(map[int]int, len(ps)), search: make([]string, len(ps)), offline: offline}
	for i, p := range ps {
		c.byID[p.ID] = i
		c.search[i] = strings.ToLower(p.Title + "\n" + p.Description + "\n" + p.Keyword)
	}
	if !offline {
		c.plain = encode(ps)
	}
	return c, nil
}

// encode writes the photos as an indented JSON array in one pass, and remembers
// where each element starts and ends.
func encode(ps []Photo) *encoded {
	var buf bytes.Buffer
	buf.Grow(len(ps)*420 + 4)
	if len(ps) == 0 {
		buf.WriteString("[]\n")
		return &encoded{plain: newPayload(buf.Bytes(), ""), count: []string{"0"}}
	}
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	spans := make([][2]int, len(ps))
	buf.WriteString("[\n")
	for i := range ps {
		buf.WriteString("  ")
		start := buf.Len()
		_ = enc.Encode(&ps[i]) // a Photo holds only strings and an int: it always encodes
		buf.Truncate(buf.Len() - 1)
		spans[i] = [2]int{start, buf.Len()}
		if i < len(ps)-1 {
			buf.WriteString(",\n")
		}
	}
	buf.WriteString("\n]\n")
	body := buf.Bytes()
	items := make([][]byte, len(ps))
	for i, s := range spans {
		items[i] = body[s[0]:s[1]:s[1]]
	}
	return &encoded{plain: newPayload(body, ""), items: items, count: []string{strconv.Itoa(len(ps))}}
}

var crcTable = crc64.MakeTable(crc64.ECMA)

// gzipped returns the gzip form of the list, compressed the first time it is asked for.
func (e *encoded) gzipped() payload {
	e.gzipOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed) // the level is valid
		_, _ = zw.Write(e.plain.body)                      // writes to a bytes.Buffer do not fail
		_ = zw.Close()
		e.gz = newPayload(buf.Bytes(), "-gzip")
	})
	return e.gz
}

// joinItems writes the chosen elements as one indented JSON array.
func joinItems(items [][]byte, chosen []int) []byte {
	if len(chosen) == 0 {
		return []byte("[]\n")
	}
	n := 4
	for _, i := range chosen {
		n += len(items[i]) + 4
	}
	out := make([]byte, 0, n)
	out = append(out, "[\n"...)
	for k, i := range chosen {
		if k > 0 {
			out = append(out, ",\n"...)
		}
		out = append(out, "  "...)
		out = append(out, items[i]...)
	}
	return append(out, "\n]\n"...)
}

// photoJSON turns one element of the list into a top-level JSON document.
func photoJSON(item []byte) []byte {
	out := bytes.ReplaceAll(item, []byte("\n  "), []byte("\n"))
	return append(out, '\n')
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
