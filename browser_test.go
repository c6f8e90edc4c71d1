//go:build integration

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"regexp"
	"testing"
	"time"
)

// chromium finds a Chromium to play the frontend partner, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no Chromium installed, so the partner's page cannot be tried in a real browser: install Debian's chromium package (.ci/run does)")
	return ""
}

var reportRe = regexp.MustCompile(`(?s)<output id="report"[^>]*>(.*?)</output>`)

// TestThePartnersPageShowsEveryPhotoInARealBrowser plays the frontend partner: the
// example page, served from another origin, fetches /photos from the server in
// offline mode and shows each photo; headless Chromium loads it, and the page reports
// what it saw.
func TestThePartnersPageShowsEveryPhotoInARealBrowser(t *testing.T) {
	browser := chromium(t)
	base, _, _, _ := startRun(t, "-offline")
	frontend := httptest.NewServer(http.FileServer(http.Dir("examples/frontend")))
	defer frontend.Close()
	want := fetchPhotosFrom(t, base)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	page := frontend.URL + "/index.html?server=" + base
	out, err := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=15000", "--dump-dom", page).Output()
	if err != nil {
		t.Fatalf("Chromium failed on %s: %v", page, err)
	}
	m := reportRe.FindSubmatch(out)
	if m == nil {
		t.Fatalf("the page wrote no report: did its script run?\n%s", out)
	}
	var report struct {
		Photos, Loaded int
		Texts          [][]string
		Error          string
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &report); err != nil {
		t.Fatalf("the page's report is not JSON: %v\n%s", err, m[1])
	}
	if report.Error != "" {
		t.Fatalf("the page says: %s", report.Error)
	}
	if report.Photos != len(want) || len(report.Texts) != len(want) {
		t.Fatalf("the page shows %d photos (%d figures), the server has %d", report.Photos, len(report.Texts), len(want))
	}
	if report.Loaded != len(want) {
		t.Errorf("%d of %d pictures loaded in the browser, want all of them", report.Loaded, len(want))
	}
	for i, p := range want {
		shown := fmt.Sprint(report.Texts[i])
		if fmt.Sprint([]string{p.Title, p.Description, "#" + p.Keyword}) != shown {
			t.Errorf("%s: the page shows %s, want its title, description and keyword", name(i, p), shown)
		}
	}
}
