package catalog

import (
	"sync"

	"photoserver/internal/images"
	"photoserver/internal/photo"
)

// -offline: each photo's url is the picture this server draws for it (package images),
// at the address the request came through, so that the partner's page, on another
// computer, gets http://192.168.1.23:9000/images/3.svg and this computer
// http://localhost:9000/images/3.svg. The list is encoded once, as for every mode; a
// request in offline mode rewrites the urls of the photos it sends, from that encoding.

// Item returns photo i's element of the list; with host (in -offline mode), its url is
// the server's own picture seen from host.
func (c *Catalog) Item(i int, host string) []byte {
	if host == "" {
		return c.list.Items[i]
	}
	return c.AppendItem(nil, i, host)
}

// AppendItem appends photo i's element of the list to dst, seen from host (see Item).
func (c *Catalog) AppendItem(dst []byte, i int, host string) []byte {
	item := c.list.Items[i]
	span := c.urlSpan(i, host)
	if span == [2]int{} {
		return append(dst, item...)
	}
	dst = append(dst, item[:span[0]]...)
	dst = append(dst, `"http://`...)
	dst = append(dst, host...)
	dst = append(dst, images.Path(c.photos[i].ID)...)
	dst = append(dst, '"')
	return append(dst, item[span[1]:]...)
}

// ItemSize is the length of photo i's element of the list, seen from host (see Item).
func (c *Catalog) ItemSize(i int, host string) int {
	span := c.urlSpan(i, host)
	if span == [2]int{} {
		return len(c.list.Items[i])
	}
	return len(c.list.Items[i]) - (span[1] - span[0]) + len(`"http://`) + len(host) + len(images.Path(c.photos[i].ID)) + 1
}

// urlSpan is where photo i's url value lies in its element, when seen from a host
// changes it; the spans are found once, at the first -offline request.
func (c *Catalog) urlSpan(i int, host string) [2]int {
	if host == "" {
		return [2]int{}
	}
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

// HostList returns the whole list seen from host, one of this server's own addresses,
// made at its first request; nil when the list is too big to keep (the server then
// writes it in pieces, see Body).
func (c *Catalog) HostList(host string) *HostList {
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
		b := Body{C: c, Chosen: c.All(), Host: host}
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
