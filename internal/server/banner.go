package server

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"

	"golang.org/x/text/message"

	"photoserver/internal/images"
	"photoserver/internal/lang"
)

// A listenError is a failure to listen on addr, -addr completed (listenAddress): Say
// tells what to do, from err's kind (the port taken, a port reserved to the
// administrator) or with Go's own words for another failure.
type listenError struct {
	addr string
	err  error
}

func (e listenError) Error() string { return e.Say(lang.English) }
func (e listenError) Unwrap() error { return e.err }

// Say says the failure in one sentence in p's language.
func (e listenError) Say(p *message.Printer) string {
	_, port, _ := net.SplitHostPort(e.addr)
	switch {
	case errors.Is(e.err, errAddrInUse):
		next := "9001"
		if n, err := strconv.Atoi(port); err == nil && n < 65535 {
			next = strconv.Itoa(n + 1)
		}
		return p.Sprintf("port %s is already in use, probably by another copy of this server: stop that one with Ctrl+C (if it was stopped with Ctrl+Z, type fg there first, then Ctrl+C), or choose another port with -addr %s", port, next)
	case errors.Is(e.err, errAccess):
		return p.Sprintf("port %s needs administrator rights: choose a port above 1024, such as -addr 9000", port)
	default:
		return p.Sprintf("cannot listen on %s (%v): write the address as -addr 0.0.0.0:9000, or only the port, -addr 9000", e.addr, e.err)
	}
}

// bannerInfo is what the startup banner tells.
type bannerInfo struct {
	photos  int
	source  string
	addr    *net.TCPAddr // where the server listens
	lan     []net.IP     // this computer's addresses that another computer can reach, best first
	offline bool
	follows bool // it follows its own code: a save of photos.go is enough
}

// printBanner tells the student what is served, where to open it, which address to
// give the frontend partner (the form their page takes: fetch(server + "/photos")),
// and how to stop.
func printBanner(w io.Writer, p *message.Printer, b bannerInfo) {
	port := strconv.Itoa(b.addr.Port)
	own := "http://localhost:" + port
	if !b.addr.IP.IsUnspecified() {
		own = "http://" + net.JoinHostPort(b.addr.IP.String(), port)
	}
	fmt.Fprintln(w, p.Sprintf("Photo server: %s from %s.", p.Sprintf("%d photos", b.photos), b.source))
	fmt.Fprintln(w, "  "+p.Sprintf("Open them in Firefox on this computer: %s", own+"/photos"))
	switch {
	case b.addr.IP.IsLoopback():
		fmt.Fprintln(w, "  "+p.Sprintf("Only this computer can connect: start with -addr %s so that your partner can too.", port))
	case !b.addr.IP.IsUnspecified():
		fmt.Fprintln(w, "  "+p.Sprintf("Give your partner this address for their page: %s", own))
	case len(b.lan) == 0:
		fmt.Fprintln(w, "  "+p.Sprintf("This computer has no network address: connect it to the network so that your partner can reach it."))
	default:
		fmt.Fprintln(w, "  "+p.Sprintf("Give your partner this address for their page: %s", "http://"+net.JoinHostPort(b.lan[0].String(), port)))
		for _, ip := range b.lan[1:] {
			fmt.Fprintln(w, "  "+p.Sprintf("(or, if your partner is on another network of this computer: %s)", "http://"+net.JoinHostPort(ip.String(), port)))
		}
	}
	if b.offline {
		fmt.Fprintln(w, p.Sprintf("Offline mode: each photo's url is a picture drawn by this server, such as %s.", own+images.Path(1)))
	}
	if b.follows {
		fmt.Fprintln(w, p.Sprintf("Save photos.go or fake.go: the server follows, and so does the partner's page, no restart."))
	}
	fmt.Fprintln(w, p.Sprintf("Each request is shown below. Press Ctrl+C to stop."))
}
