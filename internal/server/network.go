package server

import (
	"net"
	"slices"
	"strings"
)

// netInterface is what partnerAddresses needs to know of a network interface.
type netInterface struct {
	name  string
	up    bool
	addrs []net.IP
}

// partnerAddresses lists this computer's IPv4 addresses that the partner's computer
// can reach, the one on the default route first.
func partnerAddresses() []net.IP {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var list []netInterface
	for _, iface := range ifaces {
		addrs, err := iface.Addrs()
		if err != nil {
			continue
		}
		ni := netInterface{name: iface.Name, up: iface.Flags&net.FlagUp != 0 && iface.Flags&net.FlagLoopback == 0}
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				ni.addrs = append(ni.addrs, n.IP)
			}
		}
		list = append(list, ni)
	}
	return reachableAddresses(list, defaultRouteAddress())
}

// virtualInterfaces are the name prefixes of interfaces that lead to containers or
// virtual machines on this computer, not to the classroom network.
var virtualInterfaces = []string{"docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "lxd", "cni", "flannel", "podman", "tun", "tap", "zt", "tailscale", "wg", "vEthernet"}

// reachableAddresses keeps the IPv4 addresses of the interfaces that are up and lead to
// a real network (not loopback, not link-local, not a container's or a virtual
// machine's bridge), the one equal to preferred (the default route's) first.
func reachableAddresses(ifaces []netInterface, preferred net.IP) []net.IP {
	var ips []net.IP
	for _, iface := range ifaces {
		if !iface.up || slices.ContainsFunc(virtualInterfaces, func(prefix string) bool { return strings.HasPrefix(iface.name, prefix) }) {
			continue
		}
		for _, a := range iface.addrs {
			if ip := a.To4(); ip != nil && !ip.IsLoopback() && !ip.IsLinkLocalUnicast() && !ip.IsUnspecified() {
				ips = append(ips, ip)
			}
		}
	}
	slices.SortStableFunc(ips, func(a, b net.IP) int {
		switch {
		case a.Equal(preferred) && !b.Equal(preferred):
			return -1
		case b.Equal(preferred) && !a.Equal(preferred):
			return 1
		}
		return 0
	})
	return ips
}

// defaultRouteAddress is this computer's address on its default route: the system
// picks it to reach an address outside every local network. Nothing is sent (UDP
// connects without a packet); with no default route it is nil.
func defaultRouteAddress() net.IP {
	c, err := net.Dial("udp4", "192.0.2.1:9") // TEST-NET-1: never a local network
	if err != nil {
		return nil
	}
	defer c.Close()
	if a, ok := c.LocalAddr().(*net.UDPAddr); ok {
		return a.IP
	}
	return nil
}
