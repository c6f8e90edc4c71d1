package server

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"photoserver/internal/catalog"
	"photoserver/internal/images"
)

// picturesFolder is a folder of the pair's pictures, with a file of every kind served,
// and what must never be served.
func picturesFolder(t *testing.T) images.Folder {
	t.Helper()
	dir := t.TempDir()
	pictures := filepath.Join(dir, "images")
	if err := os.MkdirAll(filepath.Join(pictures, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"chat.jpg": "\xff\xd8\xff\xe0jpeg", "lac.png": "\x89PNG\r\n", "anim.gif": "GIF89a", "x.webp": "RIFFxxxxWEBP",
		"logo.svg": `<svg xmlns="http://www.w3.org/2000/svg"/>`, "notes.txt": "pas une image", ".cache.jpg": "caché", "sub/deep.jpg": "profond",
	} {
		saveInPlace(t, filepath.Join(pictures, name), content)
	}
	saveInPlace(t, filepath.Join(dir, "secret.jpg"), "hors du dossier")
	if err := os.Symlink(filepath.Join(dir, "secret.jpg"), filepath.Join(pictures, "evil.jpg")); err != nil {
		t.Fatal(err)
	}
	return images.Folder{Path: pictures}
}

// handlerWith serves list through the real handler, with the pair's pictures.
func handlerWith(t *testing.T, list []Photo, offline bool, pictures images.Folder) http.Handler {
	t.Helper()
	c, err := newCatalog(list)
	if err != nil {
		t.Fatal(err)
	}
	var st catalog.Store
	st.Replace(c)
	return newHandler(&st, newRequestLog(io.Discard, en), serveOptions{offline: offline, pictures: pictures})
}

func TestThePairsOwnPicturesAreServedWithTheirTypesAndNothingElse(t *testing.T) {
	h := handlerWith(t, samplePhotos, false, picturesFolder(t))
	for name, typ := range map[string]string{"chat.jpg": "image/jpeg", "lac.png": "image/png", "anim.gif": "image/gif", "x.webp": "image/webp", "logo.svg": "image/svg+xml"} {
		rec := do(h, "GET", "/images/"+name, "Origin", "null")
		if rec.Code != 200 || rec.Header().Get("Content-Type") != typ || rec.Header().Get("Access-Control-Allow-Origin") != "null" ||
			rec.Header().Get("Cache-Control") != "no-cache" || rec.Header().Get("Last-Modified") == "" {
			t.Errorf("GET /images/%s answered %d, %q, CORS %q, Cache-Control %q, Last-Modified %q",
				name, rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Access-Control-Allow-Origin"), rec.Header().Get("Cache-Control"), rec.Header().Get("Last-Modified"))
			continue
		}
		again := do(h, "GET", "/images/"+name, "If-Modified-Since", rec.Header().Get("Last-Modified"))
		if again.Code != http.StatusNotModified {
			t.Errorf("GET /images/%s with If-Modified-Since answered %d, want 304", name, again.Code)
		}
	}
	if csp := do(h, "GET", "/images/logo.svg").Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("an SVG of the pair may run scripts: Content-Security-Policy %q", csp)
	}
	for _, target := range []string{"/images/notes.txt", "/images/.cache.jpg", "/images/sub", "/images/evil.jpg", "/images/..%2Fsecret.jpg",
		"/images/%2Fetc%2Fpasswd", "/images/sub%2Fdeep.jpg", "/images/..", "/images/nothing.jpg"} {
		if rec := do(h, "GET", target); rec.Code == http.StatusOK || strings.Contains(rec.Body.String(), "hors du dossier") || strings.Contains(rec.Body.String(), "profond") {
			t.Errorf("GET %s answered %d: only the folder's own pictures are served", target, rec.Code) // a 404, or the mux's redirect of a path with ..
		}
	}
	if rec := do(h, "GET", "/images/1.svg"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "<svg") {
		t.Errorf("the picture drawn for photo 1 is no longer served: %d", rec.Code)
	}
}

func TestAPhotoThatNamesAPictureGetsItsAddressOnThisServer(t *testing.T) {
	pictures := picturesFolder(t)
	list := []Photo{
		{Title: "Chat", URL: "chat.jpg", Description: "Un chat.", Keyword: "chat"},
		{Title: "Lac", URL: "images/lac.png", Description: "Un lac.", Keyword: "lac"},
		{Title: "Web", URL: "https://e.org/web.jpg", Description: "Du web.", Keyword: "web"},
	}
	for _, offline := range []bool{false, true} {
		h := handlerWith(t, list, offline, pictures)
		for _, target := range []string{"http://192.168.1.23:9000/photos", "http://192.168.1.23:9000/photos?_sort=title", "http://192.168.1.23:9000/photos/1"} {
			body := do(h, "GET", target).Body.String()
			if !strings.Contains(body, `"url": "http://192.168.1.23:9000/images/chat.jpg"`) {
				t.Errorf("offline %v, GET %s: the url of chat.jpg is not its address on this server:\n%s", offline, target, body)
			}
		}
		body := do(h, "GET", "http://localhost:9000/photos").Body.String()
		web := `"url": "https://e.org/web.jpg"`
		if offline {
			web = `"url": "http://localhost:9000/images/3.svg"`
		}
		if !strings.Contains(body, `"url": "http://localhost:9000/images/lac.png"`) || !strings.Contains(body, web) {
			t.Errorf("offline %v: the list seen from localhost is\n%s\nwant lac.png on this server and %s", offline, body, web)
		}
	}
}
