package server

import (
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"

	"photoserver/internal/catalog"
)

// -offline: each photo's url is the picture this server draws for it, at the address the
// request came through (see catalog.View); here, which address that is.

// viewOf is how request r sees the urls of c's photos: as written, or, when some are
// rewritten to pictures of this server (-offline, or the pair's own pictures), at the
// address the request came through, in small letters. net/http has already refused a
// Host that is not made of a host's characters (400); one that only names another
// server, or none, gets urls at that name for its own answer, kept nowhere (only this
// server's own addresses, opts.own, have their list kept). A request without a Host
// (HTTP/1.0) gets the address it reached.
func viewOf(r *http.Request, c *catalog.Catalog, opts serveOptions) catalog.View {
	if !c.Rewrites(opts.offline) {
		return catalog.View{}
	}
	host := strings.ToLower(r.Host)
	if addr, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok && host == "" {
		host = addr.String()
	}
	return catalog.View{Base: "http://" + host, Offline: opts.offline, Keep: opts.own[host]}
}

// ownHosts are the Host values a page uses to reach this server, listening on port:
// its names and addresses, with the port (and without it for port 80), in small letters.
func ownHosts(port int, lan []net.IP, listening net.IP) map[string]bool {
	names := []string{"localhost", "127.0.0.1", "[::1]"}
	if name, err := os.Hostname(); err == nil {
		names = append(names, strings.ToLower(name), strings.ToLower(name)+".local")
	}
	for _, ip := range slices.Concat(lan, []net.IP{listening}) { // never into the caller's lan
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
