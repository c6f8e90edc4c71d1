package server

import (
	"net"
	"net/http"
	"net/netip"
	"os"
	"slices"
	"strconv"
	"strings"

	"photoserver/internal/catalog"
	"photoserver/internal/lang"
)

// -offline: each photo's url is the picture this server draws for it, at the address the
// request came through (see catalog.Catalog.Item); here, which address that is.

// requestView is how request r sees the urls of c's photos: as written, or, when some
// are rewritten to pictures of this server (-offline, or the pair's own pictures), at
// the address the request came through, in small letters. A malformed Host is then
// answered with 400, and ok is false.
func requestView(w http.ResponseWriter, r *http.Request, c *catalog.Catalog, offline bool) (v catalog.View, ok bool) {
	if !c.Rewrites(offline) {
		return v, true
	}
	if !validHost(r.Host) {
		p := lang.Request(r)
		writeError(w, r, http.StatusBadRequest, p.Sprintf("the Host header must be a host name or an IP address with an optional port, such as 192.168.1.23:9000"))
		return v, false
	}
	return catalog.View{Host: strings.ToLower(r.Host), Offline: offline}, true
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
	for _, label := range strings.Split(strings.TrimSuffix(name, "."), ".") {
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
