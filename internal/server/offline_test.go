package server

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"photoserver/internal/catalog"
	"photoserver/internal/images"
	"runtime"
	"strings"
	"testing"
)

func TestOfflineURLsPointToTheServerSeenFromTheRequest(t *testing.T) {
	h := newTestHandler(t, samplePhotos, true)
	tests := []struct{ target, want string }{
		{"http://192.168.1.23:9000/photos", "http://192.168.1.23:9000/images/1.svg"},
		{"http://localhost:9000/photos", "http://localhost:9000/images/1.svg"},
		{"http://My-PC.lan/photos?keyword=chien", "http://my-pc.lan/images/1.svg"},
		{"http://[::1]:9000/photos/1", "http://[::1]:9000/images/1.svg"},
		{"http://localhost:9000/photos?_sort=title&_page=1&_limit=1", "http://localhost:9000/images/2.svg"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			rec := do(h, "GET", tt.target)
			if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"url": "`+tt.want+`"`) {
				t.Errorf("GET %s answered %d, want the url %s:\n%s", tt.target, rec.Code, tt.want, rec.Body)
			}
			if strings.Contains(rec.Body.String(), "example.org") {
				t.Errorf("GET %s still sends a url of the web", tt.target)
			}
		})
	}
	whole := do(h, "GET", "http://LOCALHOST:9000/photos")
	if want := jsonOf(t, offlineView(samplePhotos, "localhost:9000")); whole.Body.String() != want {
		t.Errorf("the offline list is not the list with its urls changed:\n%s\nwant\n%s", whole.Body, want)
	}
	// A Host net/http lets through (its characters are a host's; see
	// TestAMalformedHostIsRefusedByNetHTTPBeforeAnyHandler) but that names no server:
	// its own answer has urls at that name, and nothing is kept for it.
	for _, host := range []string{"bad_host:9000", "host:99999", "a..b"} {
		r := httptest.NewRequest("GET", "/photos", nil)
		r.Host = host
		rec := serveRequest(h, r)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"url": "http://`+host+`/images/1.svg"`) {
			t.Errorf("Host %q answered %d, want 200 with its urls at that name:\n%s", host, rec.Code, rec.Body)
		}
	}
}

// offlineView is list as -offline serves it to host: numbered, each url the server's picture.
func offlineView(list []Photo, host string) []Photo {
	c, _ := newCatalog(list)
	out := make([]Photo, len(photosOf(c)))
	for i, p := range photosOf(c) {
		p.URL = "http://" + host + images.Path(p.ID)
		out[i] = p
	}
	return out
}

func TestAnyHostCostsOfflineNoMoreThanItsOwnAnswer(t *testing.T) {
	list := fakeList(t, 2000, 1)
	h := newTestHandler(t, list, true)
	c, _ := newCatalog(list)
	whole := len(c.List().Plain.Body)
	bytesPer := func(target string, n int) uint64 {
		h.ServeHTTP(&nopWriter{h: http.Header{}}, httptest.NewRequest("GET", target, nil)) // what is made once
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		for i := range n {
			r := httptest.NewRequest("GET", target, nil)
			r.Host = fmt.Sprintf("10.0.%d.%d:9000", i/250, i%250) // a new host each time
			w := &nopWriter{h: http.Header{}}
			h.ServeHTTP(w, r)
		}
		runtime.ReadMemStats(&after)
		return (after.TotalAlloc - before.TotalAlloc) / uint64(n)
	}
	if got := bytesPer("/photos/1000", 200); got > uint64(whole)/20 {
		t.Errorf("GET /photos/1000 for a new host allocates %d bytes, want far less than the whole list (%d): it must not encode the list", got, whole)
	}
	if got := bytesPer("/photos", 50); got > uint64(whole)*3 {
		t.Errorf("GET /photos for a new host allocates %d bytes, want at most a small multiple of the list (%d)", got, whole)
	}
}

func TestOfflineKeepsTheListOfTheServersOwnAddressesOnly(t *testing.T) {
	c, _ := newCatalog(samplePhotos)
	var st catalog.Store
	st.Replace(c)
	own := map[string]bool{"localhost:9000": true, "192.168.1.23:9000": true}
	h := newHandler(&st, newRequestLog(io.Discard, en), serveOptions{offline: true, own: own})
	for i := range 10 {
		host := fmt.Sprintf("made-up-%d.example:9000", i)
		if rec := do(h, "GET", "http://"+host+"/photos"); !strings.Contains(rec.Body.String(), "http://"+host+"/images/1.svg") {
			t.Fatalf("host %s got the urls of another host", host)
		}
	}
	if n := c.BasesKept(); n != 0 {
		t.Errorf("made-up hosts left %d lists behind, want none: they could fill the memory", n)
	}
	first := do(h, "GET", "http://localhost:9000/photos").Body.String()
	if again := do(h, "GET", "http://LOCALHOST:9000/photos").Body.String(); again != first || !strings.Contains(first, "http://localhost:9000/images/1.svg") {
		t.Errorf("the same host, in capitals, got another list")
	}
	do(h, "GET", "http://192.168.1.23:9000/photos")
	if n := c.BasesKept(); n != 2 {
		t.Errorf("the server's two addresses keep %d lists, want 2", n)
	}
}

func TestTheServersOwnHostsAreItsNamesAndAddressesWithThePort(t *testing.T) {
	hosts := ownHosts(9000, []net.IP{net.ParseIP("192.168.1.23")}, net.IPv4zero)
	for _, want := range []string{"localhost:9000", "127.0.0.1:9000", "[::1]:9000", "192.168.1.23:9000"} {
		if !hosts[want] {
			t.Errorf("%s is not one of the server's own hosts: %v", want, hosts)
		}
	}
	if hosts["0.0.0.0:9000"] || hosts["localhost"] {
		t.Errorf("the own hosts hold an address nobody uses: %v", hosts)
	}
	if on80 := ownHosts(80, nil, net.ParseIP("10.0.0.5")); !on80["localhost"] || !on80["10.0.0.5"] || !on80["10.0.0.5:80"] {
		t.Errorf("on port 80 a browser sends no port: %v", on80)
	}
}

func TestOfflineWorksWithFakerAndADataFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, fileWithTitles("un", "deux"))
	for _, args := range [][]string{{"-offline", "-fake", "3", "-seed", "1"}, {"-offline", "-data", path}, {"-offline"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			base, stdout, _, _ := startRun(t, args...)
			if !strings.Contains(stdout.String(), "Offline mode") {
				t.Errorf("the banner does not say offline mode is on:\n%s", stdout)
			}
			for i, p := range fetchPhotosFrom(t, base) {
				if want := fmt.Sprintf("%s/images/%d.svg", base, p.ID); p.URL != want {
					t.Errorf("%s has url %s, want %s", name(i, p), p.URL, want)
				}
				resp, err := http.Get(p.URL)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Errorf("%s: its picture answered %d", name(i, p), resp.StatusCode)
				}
			}
		})
	}
	if got := readFile(t, path); got != fileWithTitles("un", "deux") {
		t.Errorf("offline mode changed the data file:\n%s", got)
	}
}

func TestTheServersOwnHostsLeaveTheCallersListAlone(t *testing.T) {
	lan := make([]net.IP, 1, 2) // room for one more: an append would write there
	lan[0] = net.ParseIP("192.168.1.23")
	ownHosts(9000, lan, net.ParseIP("10.0.0.5"))
	if spare := lan[:2][1]; spare != nil {
		t.Errorf("ownHosts wrote %v into the spare room of the caller's list, which the banner prints", spare)
	}
}
