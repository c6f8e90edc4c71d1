//go:build integration && !windows

package server

import (
	"strconv"
	"testing"
	"time"
)

// The partner's page in a real browser (browser_test.go) while photos.go is saved.

func TestThePartnersPageShowsAPhotoAddedToPhotosGoWithoutReloading(t *testing.T) {
	goCommandTest(t)
	b := startBrowser(t, "fr")
	dir := projectCopy(t)
	run := startBuilt(t, dir)
	before := countAt(t, run.base)
	site, loads := frontend(t)
	p := b.open(site.URL + "/index.html?server=" + run.base)
	p.waitFor("the photos shown", `document.querySelectorAll("figure").length`, float64(before))
	marker := strconv.FormatInt(time.Now().UnixNano(), 36)
	p.eval(`window.marker = "` + marker + `"`) // gone if the page reloads
	photosGoWith(t, dir, "Ajoutée dans photos.go")
	saved := time.Now()
	p.waitFor("the new photo shown", `[...document.querySelectorAll("figure h2")].some((h) => h.textContent === "Ajoutée dans photos.go")`, true)
	t.Logf("the save of photos.go reached the page's DOM in %v", time.Since(saved).Round(time.Millisecond))
	if got := p.eval(`window.marker`); got != marker || loads.Load() != 1 {
		t.Errorf("the page was reloaded (marker %v, %d loads): it should follow the change by itself", got, loads.Load())
	}
	if code, _ := run.interrupt(t); code != 0 {
		t.Errorf("Ctrl+C: exit %d", code)
	}
}
