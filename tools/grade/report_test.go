package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"photoserver/internal/grading"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

// hostile is a class whose every text a pair chose holds what would act on the
// teacher's terminal, spreadsheet or page: escape codes, a carriage return, a
// right-to-left override, a Hangul filler, a NUL.
func hostile(dir string) []row {
	evil := "\x1b[2K\r\x1b[1A\u202eevil\u3164\x00"
	return []row{{
		name:   "dupont" + evil,
		where:  filepath.Join(dir, "photo-server"+evil),
		note:   "photos (copie)" + evil + ".go declares Photo again",
		grades: map[int]grading.Graded{1: {Number: 1, Points: 4, Met: 0, Of: 1, Problem: `photos.go:14: "` + evil + `" says nothing`}, 2: {Number: 2, Earned: 4, Points: 4, Met: 1, Of: 1}, 3: {Number: 3, Points: 2, Why: "the program stopped: " + evil}},
		photos: []grading.Reviewed{{Title: "Titre" + evil, URL: "https://e.org/" + evil, Description: "Une description" + evil, Keyword: "chien" + evil, DescriptionWhy: "says nothing"}},
	}}
}

// controls are the characters of out that act instead of showing: all but line breaks
// (and the BOM that opens a French CSV file).
func controls(out string) []rune {
	var found []rune
	for _, r := range strings.TrimPrefix(out, "\uFEFF") {
		if r != '\n' && (lang.Invisible(r) || r == utf8.RuneError) {
			found = append(found, r)
		}
	}
	return found
}

func TestNothingAPairWritesReachesTheTeacherAsAControlCharacter(t *testing.T) {
	for l, lg := range testkit.Languages {
		c := newClass(lg.P, []language.Tag{language.English, language.French}[l], hostile(t.TempDir()))
		var table, csvOut, page bytes.Buffer
		c.writeTable(&table)
		if err := c.writeCSV(&csvOut); err != nil {
			t.Fatal(err)
		}
		if err := c.writeHTML(&page); err != nil {
			t.Fatal(err)
		}
		for what, out := range map[string]string{"the table": table.String(), "the CSV file": csvOut.String(), "the page": page.String()} {
			if found := controls(out); len(found) > 0 {
				t.Errorf("%s: %s holds %q:\n%s", lg.Name, what, found, out)
			}
			if !strings.Contains(out, `dupont\x1b[2K\r\x1b[1A\u202eevil\u3164\x00`) {
				t.Errorf("%s: %s does not show the name escaped:\n%s", lg.Name, what, out)
			}
		}
		if !strings.Contains(page.String(), `Une description\x1b[2K\r\x1b[1A\u202eevil\u3164\x00`) {
			t.Errorf("%s: the page does not show the description escaped:\n%s", lg.Name, page.String())
		}
	}
}

func TestThePageShowsEachPairsPhotosWithWhatIsRefused(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"photo-server/images/chat.jpg": "not really a picture"}, time.Now())
	for l, lg := range testkit.Languages {
		r := row{name: "dupont", where: filepath.Join(dir, "photo-server"), grades: map[int]grading.Graded{1: {Number: 1, Points: 4, Met: 3, Of: 4}},
			photos: []grading.Reviewed{
				{Title: "Chiot", URL: "https://e.org/chiot.jpg", Description: "Un chiot dort.", Keyword: "chien"},
				{Title: "Chat", URL: "chat.jpg", Description: "Chat", Keyword: "TODO", DescriptionWhy: lg.P.Sprintf("only repeats the title"), KeywordWhy: photo.Reason(lg.P, photo.Filler)},
				{Title: "Piège", URL: "javascript:alert(1)", Description: "<b>gras</b> et trois mots", Keyword: "mer"},
				{Title: "Absente", URL: "images/absente.jpg", Description: "Une image qui manque.", Keyword: "vide"},
			}}
		server := row{name: "192.168.1.42:9000", where: "http://192.168.1.42:9000/photos", grades: r.grades,
			photos: []grading.Reviewed{{Title: "Locale", URL: "images/chat.jpg", Description: "Une image du serveur.", Keyword: "chat"}}}
		var out bytes.Buffer
		if err := newClass(lg.P, []language.Tag{language.English, language.French}[l], []row{r, server}).writeHTML(&out); err != nil {
			t.Fatal(err)
		}
		page := out.String()
		wants := []string{
			`<img src="https://e.org/chiot.jpg" alt="" loading="lazy">`,
			`<h3>Chiot</h3>`, `<p class="description">Un chiot dort.</p>`, `<p class="keyword">chien</p>`,
			[]string{`<p class="description refused">Chat</p><p class="why">refused: only repeats the title</p>`,
				`<p class="description refused">Chat</p><p class="why">refusé : ne fait que répéter le titre</p>`}[l],
			[]string{`<p class="keyword refused">TODO</p><p class="why">refused: says nothing</p>`, `<p class="keyword refused">TODO</p><p class="why">refusé : ne dit rien</p>`}[l],
			`<img src="file://` + filepath.ToSlash(filepath.Join(dir, "photo-server", "images", "chat.jpg")), // the pair's own picture, from their folder
			`<img src="http://192.168.1.42:9000/images/chat.jpg"`,                                            // a server's own picture, from that server
			`&lt;b&gt;gras&lt;/b&gt; et trois mots`,
			[]string{`<div class="none">no picture at this url</div>`, `<div class="none">pas d&#39;image à cette url</div>`}[l],
			[]string{`3 of 4`, `3 sur 4`}[l],
		}
		for _, want := range wants {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page has no %q:\n%s", lg.Name, want, page)
			}
		}
		if strings.Contains(page, "javascript:") || strings.Count(page, "<img ") != 3 {
			t.Errorf("%s: the page loads %d pictures (want 3: no javascript:, no missing file):\n%s", lg.Name, strings.Count(page, "<img "), page)
		}
		// A picture that does not load keeps its frame: the frame has its own height.
		if !strings.Contains(page, ".card .picture { height: 10em;") || !strings.Contains(page, "object-fit: cover") {
			t.Errorf("%s: a picture's frame has no fixed height: a picture that does not load would change the layout", lg.Name)
		}
	}
}
