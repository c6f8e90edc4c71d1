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
	Host    string // the request's Host, in small letters; "": every url as written
	Offline bool   // -offline: a photo that names no picture of the pair gets the drawn one
}

// Rewrites reports whether some url of the catalog is seen otherwise in a view with
// Offline so: all of them in -offline mode, those naming a picture of the pair else.
func (c *Catalog) Rewrites(offline bool) bool { return offline || c.ownPictures }

// ownPath is the path on this server of photo i's picture, as view v sees it, or ""
// when its url is sent as written.
func (c *Catalog) ownPath(i int, v View) string {
	switch {
	case v.Host == "":
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
	dst = append(dst, `"http://`...)
	dst = append(dst, v.Host...)
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
	return len(c.list.Items[i]) - (span[1] - span[0]) + len(`"http://`) + len(v.Host) + len(own) + 1
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

// hostLists keeps the whole list as it is sent to each of this server's own addresses
// (localhost, 127.0.0.1, the LAN's: known at start, a few), each made once, outside
// any lock: a host never waits for another. A Host that is not one of them (made up, or
// a name the server does not know) gets a list made for its request only, so that it
// can neither fill the memory nor push out another.
type hostLists struct {
	mu    sync.Mutex
	lists map[string]*HostList
}

// HostList is the whole list seen from one host, ready to send once made.
type HostList struct {
	once        sync.Once
	Plain, Gzip Payload
	tooBig      bool // over SmallBody: written in pieces for each request instead
}

// HostList returns the whole list as view v sees it, v.Host being one of this server's
// own addresses, made at its first request; nil when the list is too big to keep (the
// server then writes it in pieces, see Body).
func (c *Catalog) HostList(v View) *HostList {
	host := v.Host
	c.hosts.mu.Lock()
	l, ok := c.hosts.lists[host]
	if !ok {
		if c.hosts.lists == nil {
			c.hosts.lists = map[string]*HostList{}
		}
		l = &HostList{}
		c.hosts.lists[host] = l
	}
	c.hosts.mu.Unlock()
	l.once.Do(func() {
		b := Body{C: c, Chosen: c.All(), View: v}
		size := b.Size()
		if l.tooBig = size > SmallBody; l.tooBig {
			return
		}
		body, _ := b.AppendTo(make([]byte, 0, size), 0, size+1)
		l.Plain, l.Gzip = NewPayload(body, ""), GzipPayload(body)
	})
	if l.tooBig {
		return nil
	}
	return l
}

// HostsKept is how many hosts' lists the catalog keeps (see HostList): at most one per
// address of this server, whatever the requests write in their Host.
func (c *Catalog) HostsKept() int {
	c.hosts.mu.Lock()
	defer c.hosts.mu.Unlock()
	return len(c.hosts.lists)
}
