package catalog

import (
	"net/url"
	"sync"

	"photoserver/internal/images"
	"photoserver/internal/photo"
)

// The urls a request sees. A photo's url is sent as written, unless it names one of
// the pair's own pictures (chat.jpg, images/chat.jpg: package images serves them) or the
// server runs with -offline (each photo's url is then the picture drawn for it): then
// it is the address of that picture on this server, as the request reached it, so that
// the partner's page, on another computer, gets http://192.168.1.23:9000/images/chat.jpg
// and this computer http://localhost:9000/images/chat.jpg. The list is encoded once, as
// for every mode; a request that sees other urls rewrites them from that encoding.

// View is how a request sees the photos' urls.
type View struct {
	Base    string // where the request reached this server, in small letters: http://localhost:9000; "": every url as written
	Offline bool   // -offline: a photo that names no picture of the pair gets the drawn one
	Keep    bool   // Base is one of this server's own (a few): the whole list it sees is made once and kept
}

// Rewrites reports whether some url of the catalog is seen otherwise in a view with
// Offline so: all of them in -offline mode, those naming a picture of the pair else.
func (c *Catalog) Rewrites(offline bool) bool { return offline || c.ownPictures }

// ownPath is the path on this server of photo i's picture, as view v sees it, or ""
// when its url is sent as written.
func (c *Catalog) ownPath(i int, v View) string {
	switch {
	case v.Base == "":
		return ""
	case c.local[i] != "":
		return images.At + url.PathEscape(c.local[i])
	case v.Offline:
		return images.Path(c.photos[i].ID)
	}
	return ""
}

// Item returns photo i's element of the list as view v sees it.
func (c *Catalog) Item(i int, v View) []byte {
	if c.ownPath(i, v) == "" {
		return c.list.Items[i]
	}
	return c.AppendItem(nil, i, v)
}

// AppendItem appends photo i's element of the list to dst, as view v sees it.
func (c *Catalog) AppendItem(dst []byte, i int, v View) []byte {
	item := c.list.Items[i]
	own := c.ownPath(i, v)
	if own == "" {
		return append(dst, item...)
	}
	span := c.urlSpan(i)
	dst = append(dst, item[:span[0]]...)
	dst = append(dst, '"')
	dst = append(dst, v.Base...)
	dst = append(dst, own...)
	dst = append(dst, '"')
	return append(dst, item[span[1]:]...)
}

// ItemSize is the length of photo i's element of the list, as view v sees it.
func (c *Catalog) ItemSize(i int, v View) int {
	own := c.ownPath(i, v)
	if own == "" {
		return len(c.list.Items[i])
	}
	span := c.urlSpan(i)
	return len(c.list.Items[i]) - (span[1] - span[0]) + len(`"`) + len(v.Base) + len(own) + 1
}

// urlSpan is where photo i's url value lies in its element; the spans are found once,
// at the first request that rewrites a url.
func (c *Catalog) urlSpan(i int) [2]int {
	c.urlsOnce.Do(func() {
		name := c.schema.Name(photo.URL)
		c.urls = make([][2]int, len(c.list.Items))
		for k, it := range c.list.Items {
			for _, m := range Members(it) {
				if m.Name == name {
					c.urls[k] = [2]int{m.Value, m.End}
				}
			}
		}
	})
	return c.urls[i]
}

// wholes keeps the whole list as each of this server's own bases sees it (localhost,
// 127.0.0.1, the LAN's: known at start, a few), each made once, outside any lock: a
// base never waits for another. Another base (a made-up Host) gets a list made for its
// request only (see Answer), so that it can neither fill the memory nor push out another.
type wholes struct {
	mu    sync.Mutex
	lists map[string]*baseWhole
}

type baseWhole struct {
	once   sync.Once
	w      Whole
	tooBig bool // over keepUpTo: made for each request instead
}

// keepUpTo is the size up to which the whole list seen from one base is kept.
const keepUpTo = 1 << 20

// whole returns the whole list as view v sees it, made at its first request; nil when
// it is too big to keep.
func (c *Catalog) whole(v View) *Whole {
	c.wholes.mu.Lock()
	l, ok := c.wholes.lists[v.Base]
	if !ok {
		if c.wholes.lists == nil {
			c.wholes.lists = map[string]*baseWhole{}
		}
		l = &baseWhole{}
		c.wholes.lists[v.Base] = l
	}
	c.wholes.mu.Unlock()
	l.once.Do(func() {
		b := body{c: c, chosen: c.All(), view: v}
		size := b.Size()
		if l.tooBig = size > keepUpTo; l.tooBig {
			return
		}
		body := b.AppendTo(make([]byte, 0, size))
		l.w = Whole{Plain: NewBytes(body), Gzip: Gzip(body)}
	})
	if l.tooBig {
		return nil
	}
	return &l.w
}

// BasesKept is how many bases' lists the catalog keeps (see View.Keep): at most one per
// address of this server, whatever the requests write in their Host.
func (c *Catalog) BasesKept() int {
	c.wholes.mu.Lock()
	defer c.wholes.mu.Unlock()
	return len(c.wholes.lists)
}
