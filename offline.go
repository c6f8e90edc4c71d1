package main

import (
	"net"
	"net/http"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"
)

// -offline: each photo's url is the picture this server draws for it (images.go), at the
// address the request came through, so that the partner's page, on another computer,
// gets http://192.168.1.23:9000/images/3.svg and this computer http://localhost:9000/...
// The list is encoded once, as for every mode; a request in offline mode rewrites the
// urls of the photos it sends, from that encoding.

// requestHost is the host the photos' urls are built from in -offline mode (the one
// the request came through, in small letters), or "" when urls stay as written. A
// malformed Host is answered with 400.
func requestHost(w http.ResponseWriter, r *http.Request, offline bool) (string, bool) {
	if !offline {
		return "", true
	}
	if !validHost(r.Host) {
		p := requestPrinter(r)
		writeError(w, r, http.StatusBadRequest, p.Sprintf("the Host header must be a host name or an IP address with an optional port, such as 192.168.1.23:9000"))
		return "", false
	}
	return strings.ToLower(r.Host), true
}

// item returns photo i's element of the list; with host (in -offline mode), its url is
// the server's own picture seen from host.
func (c *catalog) item(i int, host string) []byte {
	if host == "" {
		return c.list.items[i]
	}
	return c.appendItem(nil, i, host)
}

// appendItem appends photo i's element of the list to dst, seen from host (see item).
func (c *catalog) appendItem(dst []byte, i int, host string) []byte {
	item := c.list.items[i]
	span := c.urlSpan(i, host)
	if span == [2]int{} {
		return append(dst, item...)
	}
	dst = append(dst, item[:span[0]]...)
	dst = append(dst, `"http://`...)
	dst = append(dst, host...)
	dst = append(dst, imagePath(c.photos[i].ID)...)
	dst = append(dst, '"')
	return append(dst, item[span[1]:]...)
}

// itemSize is the length of photo i's element of the list, seen from host (see item).
func (c *catalog) itemSize(i int, host string) int {
	span := c.urlSpan(i, host)
	if span == [2]int{} {
		return len(c.list.items[i])
	}
	return len(c.list.items[i]) - (span[1] - span[0]) + len(`"http://`) + len(host) + len(imagePath(c.photos[i].ID)) + 1
}

// urlSpan is where photo i's url value lies in its element, when seen from a host
// changes it; the spans are found once, at the first -offline request.
func (c *catalog) urlSpan(i int, host string) [2]int {
	if host == "" {
		return [2]int{}
	}
	c.once[1].Do(func() {
		c.urls = make([][2]int, len(c.list.items))
		for k, it := range c.list.items {
			for _, m := range members(it) {
				if m.name == "url" {
					c.urls[k] = [2]int{m.value, m.end}
				}
			}
		}
	})
	return c.urls[i]
}

// validHost reports whether host is a host name or an IP address, with an optional port.
func validHost(host string) bool {
	name, port, err := net.SplitHostPort(host)
	if err != nil {
		name = host // no port
	} else if _, perr := strconv.ParseUint(port, 10, 16); perr != nil {
		return false
	}
	if strings.HasPrefix(host, "[") {
		if err != nil {
			if !strings.HasSuffix(host, "]") {
				return false
			}
			name = host[1 : len(host)-1]
		}
		ip, perr := netip.ParseAddr(name)
		return perr == nil && ip.Is6() && ip.Zone() == ""
	}
	if strings.Contains(name, ":") {
		return false
	}
	if name == "" || len(name) > 253 {
		return false
	}
	for label := range strings.SplitSeq(strings.TrimSuffix(name, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, ch := range []byte(label) {
			if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-') {
				return false
			}
		}
	}
	return true
}

// hostLists keeps the whole list as it is sent to each of this server's own addresses
// (localhost, 127.0.0.1, the LAN's: known at start, a few), each made once, outside
// any lock: a host never waits for another. A Host that is not one of them (made up, or
// a name the server does not know) gets a list made for its request only, so that it
// can neither fill the memory nor push out another.
type hostLists struct {
	mu    sync.Mutex
	lists map[string]*hostList
}

// hostList is the whole list seen from one host, ready to send once made.
type hostList struct {
	once        sync.Once
	plain, gzip payload
	tooBig      bool // over smallBody: written in pieces for each request instead
}

// hostList returns the whole list seen from host, one of this server's own addresses,
// made at its first request; nil when the list is too big to keep (sendBody writes it).
func (c *catalog) hostList(host string) *hostList {
	c.hosts.mu.Lock()
	l, ok := c.hosts.lists[host]
	if !ok {
		if c.hosts.lists == nil {
			c.hosts.lists = map[string]*hostList{}
		}
		l = &hostList{}
		c.hosts.lists[host] = l
	}
	c.hosts.mu.Unlock()
	l.once.Do(func() {
		b := listBody{c: c, chosen: c.all(), host: host}
		size := b.size()
		if l.tooBig = size > smallBody; l.tooBig {
			return
		}
		body, _ := b.appendTo(make([]byte, 0, size), 0, size+1)
		l.plain, l.gzip = newPayload(body, ""), gzipPayload(body)
	})
	if l.tooBig {
		return nil
	}
	return l
}

// ownHosts are the Host values a page uses to reach this server, listening on port:
// its names and addresses, with the port (and without it for port 80), in small letters.
func ownHosts(port int, lan []net.IP, listening net.IP) map[string]bool {
	names := []string{"localhost", "127.0.0.1", "[::1]"}
	if name, err := os.Hostname(); err == nil {
		names = append(names, strings.ToLower(name), strings.ToLower(name)+".local")
	}
	for _, ip := range append(lan, listening) {
		switch {
		case ip == nil || ip.IsUnspecified():
		case ip.To4() != nil:
			names = append(names, ip.String())
		default:
			names = append(names, "["+ip.String()+"]")
		}
	}
	hosts := map[string]bool{}
	for _, name := range names {
		hosts[name+":"+strconv.Itoa(port)] = true
		if port == 80 {
			hosts[name] = true
		}
	}
	return hosts
}
