package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/message"
)

// How the grading sheet works. A run grades one source of photos, read once:
// the built-in list (photos.go), a data file (PHOTOS_DATA) or a server on the network
// (PHOTOS_URL). Each objective is a pure function of that source; the objective tests
// (photos_test.go) print its problems, one line each, and record its points; TestMain
// prints the sheet at the end of the run, pass or fail.

// objective is one line of the exercise's fiche.
type objective struct {
	number int
	name   func(p *message.Printer) string
	points int
	grade  func(p *message.Printer, s *source) grade
}

// objectives are the fiche's: a description and a keyword for every photo, photos made
// with Faker (the secondary objective).
var objectives = []objective{
	{1, func(p *message.Printer) string { return p.Sprintf("a description for every photo") }, 4,
		func(p *message.Printer, s *source) grade { return gradeField(p, s, "description") }},
	{2, func(p *message.Printer) string { return p.Sprintf("a keyword for every photo") }, 4,
		func(p *message.Printer, s *source) grade { return gradeField(p, s, "keyword") }},
	{3, func(p *message.Printer) string { return p.Sprintf("photos made with Faker") }, 2,
		func(p *message.Printer, s *source) grade { return gradeFaker(p, s) }},
}

// grade is what an objective earned on a source.
type grade struct {
	earned, points int
	met, of        int      // how many photos meet the objective, out of how many
	problems       []string // one line each
	why            string   // when no photo could be graded: why, in one sentence
	unknown        string   // why the objective cannot be told on this source (Faker from a data file, or over the network)
}

// source is the photos a run grades, as the server sends them.
type source struct {
	describe string                            // the sheet's heading: "the built-in list of photos.go"
	photos   []map[string]any                  // what GET /photos sends, photo by photo
	places   []place                           // for each photo, where it is written, when that is known
	inGo     bool                              // the photos are written in Go (photos.go), not in JSON
	problem  string                            // why the photos could not be read, when they could not
	warnings []string                          // what the sheet says besides the points (no CORS header...)
	fakes    func(seed int64) ([]Photo, error) // what fake.go makes; nil when the code graded is not here
	noFaker  string                            // when fakes is nil: why Faker cannot be told, for the sheet
	remote   bool                              // a server on the network, whatever it is written in
}

// place is where a photo is written: the file, the line of the photo, and where it
// writes each of its fields (by the field's name; the name it writes may be misspelt).
type place struct {
	file   string
	line   int
	fields map[string]fieldNote
}

// fakerSample makes the photos the Faker objective grades: what -fake 50 -seed seed
// serves. A fakePhoto that panics, or that writes ids, is said, not a crash of the sheet.
func fakerSample(seed int64) (list []Photo, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	c, err := fakePhotos(context.Background(), englishPrinter, 50, seed, nil, fakePhoto)
	if err != nil {
		return nil, err
	}
	return c.photos, nil
}

// madeUp is what a fake.go with every field filled makes, for the sheet's own tests,
// which must not depend on the fake.go of the day.
func madeUp(seed int64) ([]Photo, error) {
	c, err := fakePhotos(context.Background(), en, 50, seed, nil, madeUpPhoto)
	if err != nil {
		return nil, err
	}
	return c.photos, nil
}

// gradeField grades "a <field> for every photo": each photo must send a text there.
func gradeField(p *message.Printer, s *source, field string) grade {
	g := grade{of: len(s.photos)}
	if s.problem != "" {
		g.why = s.problem
		return g
	}
	if len(s.photos) == 0 {
		g.why = p.Sprintf("there is no photo at all, so no photo has a %s: add photos", field)
		return g
	}
	for i, ph := range s.photos {
		text, isText := ph[field].(string)
		if isText && strings.TrimSpace(text) != "" {
			g.met++
			continue
		}
		title, _ := ph["title"].(string)
		g.problems = append(g.problems, s.missing(p, i, photoLabel(p, i, title), field))
	}
	return g
}

// missing says that photo i has no text for field, and where to write one: at the line
// of the field when the photo writes it (empty, or misspelt), else at the photo's line.
func (s *source) missing(p *message.Printer, i int, label, field string) string {
	if s.remote {
		return p.Sprintf("%s sends no %s: add one to each photo on that server", label, field)
	}
	if i >= len(s.places) || s.places[i].file == "" {
		return p.Sprintf("%s has no %s: write one, %s", label, field, s.fieldExample(field))
	}
	at := s.places[i]
	note, written := at.fields[field]
	switch {
	case !written:
		return p.Sprintf("%s: %s has no %s: write one, %s", at.file+":"+strconv.Itoa(at.line), label, field, s.fieldExample(field))
	case strings.EqualFold(note.key, field):
		return p.Sprintf("%s: the %s of %s is empty: write it between the quotes", at.file+":"+strconv.Itoa(note.line), field, label)
	}
	return p.Sprintf("%s: %s writes %q, which is not a field: did you mean %q?", at.file+":"+strconv.Itoa(note.line), label, note.key, field)
}

// fieldExample is how a field is written where the photos are: Description: "...", in
// photos.go, "description": "..." in a data file.
func (s *source) fieldExample(field string) string {
	if s.inGo {
		return strings.ToUpper(field[:1]) + field[1:] + `: "...",`
	}
	return `"` + field + `": "..."`
}

// gradeFaker grades "photos made with Faker": the photos fake.go makes must have every
// field filled, and the texts must be made up by faker: another seed makes other texts,
// where a text written by hand stays the same.
func gradeFaker(p *message.Printer, s *source) grade {
	if s.fakes == nil {
		return grade{unknown: s.noFaker}
	}
	list, err := s.fakes(1)
	var dup *duplicateIDError
	if errors.As(err, &dup) {
		return grade{why: p.Sprintf("in fake.go, fakePhoto writes an ID (%s has ID %s, like %s): remove the ID, the server numbers the photos itself",
			dup.label(p, dup.second), strconv.Itoa(dup.id), dup.label(p, dup.first))}
	}
	if err != nil {
		return grade{why: p.Sprintf("fake.go could not make photos (%v): run go run . -fake 5 to see why", err)}
	}
	other, err := s.fakes(2)
	if err != nil || len(other) != len(list) {
		other = nil
	}
	g := grade{of: len(list)}
	if len(list) == 0 {
		g.why = p.Sprintf("fake.go made no photo: fakePhotos should make as many as asked")
		return g
	}
	lit, found := photoInGo("fake.go")
	where := func(field string) string {
		if !found {
			return "fake.go"
		}
		line, _ := lit.lineOf(field)
		return "fake.go:" + strconv.Itoa(line)
	}
	fields := []string{"url", "title", "description", "keyword"}
	missing, same := map[string]int{}, map[string]int{}
	for i, ph := range list {
		ok := true
		for _, f := range fields {
			if strings.TrimSpace(photoField(ph, f)) == "" {
				missing[f]++
				ok = false
			} else if other != nil && f != "url" && photoField(ph, f) == photoField(other[i], f) {
				same[f]++
			}
		}
		if ok {
			g.met++
		}
	}
	for _, f := range fields {
		switch {
		case missing[f] > 0:
			g.problems = append(g.problems, p.Sprintf("%s: the %s field is empty in %s made with faker: fill it with faker, such as %s",
				where(f), f, p.Sprintf("%d photos", missing[f]), fakerExample(f)))
		case same[f] > len(list)/2: // the same text whatever the seed: written by hand
			g.problems = append(g.problems, p.Sprintf("%s: the %s field is not made up by faker: it stays the same with another seed; fill it with faker, such as %s",
				where(f), f, fakerExample(f)))
			g.met = 0
		}
	}
	return g
}

// photoField is a photo's text field by its JSON name.
func photoField(ph Photo, field string) string {
	switch field {
	case "url":
		return ph.URL
	case "title":
		return ph.Title
	case "description":
		return ph.Description
	}
	return ph.Keyword
}

// fakerExample is the line of fake.go that fills a field.
func fakerExample(field string) string {
	switch field {
	case "description":
		return "Description: faker.Paragraph(),"
	case "keyword":
		return "Keyword: faker.Word(),"
	case "title":
		return "Title: faker.Sentence(),"
	}
	return `URL: "https://picsum.photos/seed/...",`
}

// score gives the objective its points: all of them when every photo meets it, none
// otherwise (the sheet shows how many do, for part credit).
func (g grade) score(points int) grade {
	g.points = points
	if g.why == "" && g.unknown == "" && g.of > 0 && g.met == g.of && len(g.problems) == 0 {
		g.earned = points
	}
	return g
}

// builtInSource grades list as photos.go holds it (lits: where photos.go writes each
// photo): served by the real handler. When the server would not start (two photos with
// one ID), the photos are graded as written, and the sheet says why it does not start.
func builtInSource(p *message.Printer, list []Photo, lits []goLiteral) *source {
	s := &source{describe: p.Sprintf("the built-in list of photos.go, and fake.go for Faker"), inGo: true, fakes: fakerSample}
	s.places = make([]place, len(list))
	if len(lits) == len(list) {
		for i, lit := range lits {
			s.places[i] = place{file: "photos.go", line: lit.line, fields: map[string]fieldNote{}}
			for field, line := range lit.fields {
				s.places[i].fields[field] = fieldNote{line: line, key: field}
			}
		}
	}
	c, err := newCatalog(list)
	var dup *duplicateIDError
	if errors.As(err, &dup) { // as the server says it when it refuses to start
		where := p.Sprintf("in photos.go,")
		if len(lits) == len(list) {
			where = p.Sprintf("%s lines %s and %s:", "photos.go", strconv.Itoa(lits[dup.first].line), strconv.Itoa(lits[dup.second].line))
		}
		s.warnings = append(s.warnings, p.Sprintf("the server does not start: %s", dup.explain(p, where, "ID")))
		s.photos = photoMaps(list)
		return s
	}
	s.photos, s.problem = servedPhotos(p, c)
	return s
}

// dataSource grades the data file at path as the server serves it (-data), each photo
// pointed at by its line in the file.
func dataSource(p *message.Printer, path string) *source {
	s := &source{describe: path, noFaker: p.Sprintf("a data file does not tell whether its photos come from Faker: go test in the pair's folder grades it")}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		wd, _ := os.Getwd()
		s.problem = p.Sprintf("PHOTOS_DATA names %s, which does not exist: check the name, from the folder %s", path, wd)
		return s
	}
	content, _, err := readDataFile(p, path, path)
	if err != nil {
		s.problem = err.Error()
		return s
	}
	c, data, err := loadData(context.Background(), p, path, content)
	var dup *duplicateIDError
	switch {
	case errors.As(err, &dup): // the texts are there; only the ids keep the file from being served
		s.warnings = append(s.warnings, p.Sprintf("the server does not serve this file: %s", err))
		s.photos = photoMaps(data.list)
	case err != nil:
		s.problem = err.Error()
		return s
	default:
		s.photos, s.problem = servedPhotos(p, c)
	}
	s.places = make([]place, len(data.lines))
	for i, line := range data.lines {
		s.places[i] = place{file: path, line: line, fields: data.fields[i]}
	}
	return s
}

// photoMaps is list as JSON, photo by photo, for photos the server would not serve.
func photoMaps(list []Photo) []map[string]any {
	maps := make([]map[string]any, len(list))
	for i := range list {
		b, _ := json.Marshal(list[i])
		_ = json.Unmarshal(b, &maps[i])
	}
	return maps
}

// servedPhotos asks the real handler for /photos, as the partner's page does.
func servedPhotos(p *message.Printer, c *catalog) ([]map[string]any, string) {
	var st store
	st.replace(c)
	rec := httptest.NewRecorder()
	newHandler(&st, newRequestLog(io.Discard, p), serveOptions{}).ServeHTTP(rec, httptest.NewRequest("GET", "/photos", nil))
	var photos []map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &photos); err != nil {
		return nil, p.Sprintf("GET /photos does not send a list of photos (%v): look at what go run . sends at /photos", err)
	}
	return photos, ""
}

// gradingOrigin is the Origin the sheet sends to a server on the network: a page opened
// from a file, as the partner's often is.
const gradingOrigin = "null"

// remoteSource grades a server running on the network, whatever it is written in: the
// sheet fetches its photos as the partner's page does, with an Origin header.
func remoteSource(p *message.Printer, address string) *source {
	s := &source{describe: address, remote: true, noFaker: p.Sprintf("cannot be told over the network: look at the pair's code")}
	if !strings.Contains(address, "://") {
		address = "http://" + address // as a banner's address may be copied: 192.168.1.42:9000
	}
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		s.problem = p.Sprintf("PHOTOS_URL must be an address such as http://192.168.1.42:9000/photos, not %q", address)
		return s
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/photos" // the address a banner gives the partner, without /photos
	}
	s.describe = u.String()
	req, _ := http.NewRequest("GET", u.String(), nil)
	req.Header.Set("Origin", gradingOrigin)
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Do(req)
	if err != nil {
		why := err.Error()
		var ne net.Error
		switch {
		case errors.Is(err, syscall.ECONNREFUSED):
			why = p.Sprintf("nothing listens on that port")
		case errors.As(err, &ne) && ne.Timeout():
			why = p.Sprintf("no answer within 5 seconds")
		}
		s.problem = p.Sprintf("the server at %s does not answer (%s): check the address, and that the server runs", u, why)
		return s
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxDataFile))
	switch acao := resp.Header.Get("Access-Control-Allow-Origin"); {
	case acao == "":
		s.warnings = append(s.warnings, p.Sprintf("the answer has no Access-Control-Allow-Origin header, so the partner's page cannot read it: the server must send Access-Control-Allow-Origin: *"))
	case acao != "*" && acao != gradingOrigin:
		s.warnings = append(s.warnings, p.Sprintf("the answer lets only %s read it (Access-Control-Allow-Origin), so a page from elsewhere cannot: the server should send Access-Control-Allow-Origin: *", acao))
	}
	if resp.StatusCode != http.StatusOK {
		s.problem = p.Sprintf("the server at %s answered %s instead of the photos: check the address", u, resp.Status)
		return s
	}
	if err := json.Unmarshal(body, &s.photos); err != nil {
		start := strings.TrimSpace(string(body))
		if len(start) > 40 {
			start = string([]rune(start)[:min(40, utf8.RuneCountInString(start))]) + "..."
		}
		s.problem = p.Sprintf("the answer of %s is not a JSON list of photos, [{...}, {...}]: it begins with %q", u, start)
		s.photos = nil
		return s
	}
	for i, ph := range s.photos {
		if ph == nil {
			s.problem = p.Sprintf("the answer of %s is not a JSON list of photos: item %s is not an object {...}", u, strconv.Itoa(i+1))
			s.photos = nil
			return s
		}
	}
	return s
}

// gradedSource is the source this run grades, read once: PHOTOS_URL, PHOTOS_DATA, or
// the built-in list.
var gradedSource = sync.OnceValue(func() *source {
	p := terminalPrinter(os.Getenv)
	address, path := os.Getenv("PHOTOS_URL"), os.Getenv("PHOTOS_DATA")
	switch {
	case address != "" && path != "":
		return &source{describe: "PHOTOS_URL, PHOTOS_DATA", problem: p.Sprintf("PHOTOS_URL and PHOTOS_DATA are both set: set only the one to grade")}
	case address != "":
		return remoteSource(p, address)
	case path != "":
		return dataSource(p, path)
	}
	return builtInSource(p, photos, photosInGo("photos.go"))
})

// sheet collects the grades of the objectives that ran, for TestMain to print.
var sheet struct {
	mu     sync.Mutex
	grades map[int]grade
	said   bool // the source's problem was printed, once
}

// gradeObjective grades one objective on this run's source: it prints each problem on
// a line of its own, fails the test unless every point is earned, and records the
// grade for the sheet.
func gradeObjective(t *testing.T, o objective) {
	p := terminalPrinter(os.Getenv)
	s := gradedSource()
	g := o.grade(p, s).score(o.points)
	sheet.mu.Lock()
	if sheet.grades == nil {
		sheet.grades = map[int]grade{}
	}
	sheet.grades[o.number] = g
	sayWhy := g.why != "" && (g.why != s.problem || !sheet.said) // the source's problem once per run
	sheet.said = sheet.said || (g.why != "" && g.why == s.problem)
	sheet.mu.Unlock()
	for _, line := range g.problems {
		fmt.Fprintln(t.Output(), line)
	}
	if sayWhy {
		fmt.Fprintln(t.Output(), g.why)
	}
	switch {
	case g.unknown != "":
		t.Skip(g.unknown)
	case g.earned < g.points:
		t.Fail()
	}
}

// printSheet writes the sheet of the objectives that ran: one line each with its
// points, how many photos meet it, then the total.
func printSheet(w io.Writer, p *message.Printer, s *source, grades map[int]grade) {
	if len(grades) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, p.Sprintf("Grading sheet: %s", s.describe))
	for _, warning := range s.warnings {
		fmt.Fprintln(w, "  "+p.Sprintf("Warning: %s", warning))
	}
	var names []string
	width := 0
	for _, o := range objectives {
		name := p.Sprintf("Objective %s, %s", strconv.Itoa(o.number), o.name(p))
		names = append(names, name)
		width = max(width, utf8.RuneCountInString(name))
	}
	earned, points := 0, 0
	for i, o := range objectives {
		g, ran := grades[o.number]
		if !ran {
			continue
		}
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(names[i]))
		var detail string
		switch {
		case g.unknown != "":
			detail = g.unknown
		case g.why != "" && g.of == 0:
			detail = p.Sprintf("no photo graded: see above")
		default:
			detail = p.Sprintf("%s of %s", strconv.Itoa(g.met), p.Sprintf("%d photos", g.of))
		}
		score := strconv.Itoa(g.earned) + "/" + strconv.Itoa(o.points)
		if g.unknown != "" {
			score = "-/" + strconv.Itoa(o.points)
		} else {
			points += o.points
		}
		earned += g.earned
		fmt.Fprintf(w, "  %s%s  %5s  %s\n", names[i], pad, score, detail)
	}
	total := p.Sprintf("Total")
	fmt.Fprintf(w, "  %s%s  %5s\n", total, strings.Repeat(" ", width-utf8.RuneCountInString(total)), strconv.Itoa(earned)+"/"+strconv.Itoa(points))
}

// sheetOf grades every objective on s and prints the sheet, as a run of go test does;
// fake.go's photos are made by fakes instead, when s has code to grade.
func sheetOf(p *message.Printer, s *source, fakes func(seed int64) ([]Photo, error)) (map[int]grade, string) {
	if s.fakes != nil {
		s.fakes = fakes
	}
	grades := map[int]grade{}
	for _, o := range objectives {
		grades[o.number] = o.grade(p, s).score(o.points)
	}
	var out strings.Builder
	printSheet(&out, p, s, grades)
	return grades, out.String()
}

// lineWith returns the line of text that holds every one of parts, or "".
func lineWith(text string, parts ...string) string {
	for line := range strings.Lines(text) {
		ok := true
		for _, part := range parts {
			ok = ok && strings.Contains(line, part)
		}
		if ok {
			return line
		}
	}
	return ""
}

func TestTheSheetGradesAServerOnTheNetworkWhateverItIsWrittenIn(t *testing.T) {
	original := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The original exercise's Python server: url and title only, no CORS header.
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `[{"url": "https://picsum.photos/id/237/640/480", "title": "Chiot"}, {"url": "https://picsum.photos/id/1025/640/480", "title": "Carlin"}]`)
	}))
	defer original.Close()
	complete := httptest.NewServer(newTestHandler(t, samplePhotos, false))
	defer complete.Close()
	notAList := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = io.WriteString(w, `{"photos": []}`)
	}))
	defer notAList.Close()
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()

	tests := []struct {
		name, url string
		sheet     [2][][]string // lines that must be there, in English then in French
		not       []string
	}{
		{"the original exercise's server: url and title only, no CORS", original.URL + "/photos", [2][][]string{
			{{"Objective 1, a description for every photo", "0/4", "0 of 2 photos"}, {"Objective 2, a keyword for every photo", "0/4", "0 of 2 photos"},
				{"Objective 3, photos made with Faker", "-/2", "cannot be told over the network: look at the pair's code"}, {"Total", "0/8"},
				{"Warning: the answer has no Access-Control-Allow-Origin header, so the partner's page cannot read it"}},
			{{"Objectif 1, une description pour chaque photo", "0/4", "0 sur 2 photos"}, {"Objectif 2, un mot-clé pour chaque photo", "0/4"},
				{"Objectif 3, des photos faites avec Faker", "-/2", "impossible à savoir par le réseau"}, {"Total", "0/8"},
				{"Attention : la réponse n'a pas d'en-tête Access-Control-Allow-Origin"}}}, nil},
		{"a complete server, given as the banner gives it (no /photos)", complete.URL, [2][][]string{
			{{"Grading sheet: " + complete.URL + "/photos"}, {"Objective 1", "4/4", "4 of 4 photos"}, {"Objective 2", "4/4"}, {"Total", "8/8"}},
			{{"Fiche d'évaluation : " + complete.URL + "/photos"}, {"Objectif 1", "4/4", "4 sur 4 photos"}, {"Total", "8/8"}}}, []string{"Warning", "Attention"}},
		{"an answer that is not a list", notAList.URL + "/photos", [2][][]string{
			{{"Objective 1", "0/4", "no photo graded: see above"}, {"Total", "0/8"}}, {{"Objectif 1", "0/4", "aucune photo notée : voyez plus haut"}}}, nil},
		{"a server that does not answer", gone.URL + "/photos", [2][][]string{
			{{"Objective 2", "0/4", "no photo graded: see above"}, {"Total", "0/8"}}, {{"Total", "0/8"}}}, nil},
	}
	for _, tt := range tests {
		for l, lang := range languages {
			t.Run(tt.name+" "+lang.name, func(t *testing.T) {
				_, sheet := sheetOf(lang.p, remoteSource(lang.p, tt.url), madeUp)
				for _, parts := range tt.sheet[l] {
					if lineWith(sheet, parts...) == "" {
						t.Errorf("the sheet has no line with %q:\n%s", parts, sheet)
					}
				}
				for _, s := range tt.not {
					if strings.Contains(sheet, s) {
						t.Errorf("the sheet says %q, and should not:\n%s", s, sheet)
					}
				}
			})
		}
	}
	for url, says := range map[string]string{
		notAList.URL + "/photos":                    `is not a JSON list of photos, [{...}, {...}]: it begins with "{\"photos\": []}"`,
		gone.URL + "/photos":                        "does not answer",
		original.URL + "/photos":                    "",
		"ftp://192.168.1.42:9000":                   "PHOTOS_URL must be an address such as http://192.168.1.42:9000/photos",
		strings.TrimPrefix(complete.URL, "http://"): "",
	} {
		if s := remoteSource(en, url); !strings.Contains(s.problem, says) || (says == "") != (s.problem == "") {
			t.Errorf("%s: the problem is %q, want %q", url, s.problem, says)
		}
	}
	g := gradeField(en, remoteSource(en, original.URL), "description")
	if len(g.problems) != 2 || g.problems[0] != `photo 1 ("Chiot") sends no description: add one to each photo on that server` {
		t.Errorf("the problems are %q", g.problems)
	}
}

func TestTheSheetGradesADataFileWithItsLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "photos.json")
	saveInPlace(t, path, "[\n  {\"title\": \"Chiot\", \"url\": \"https://e.org/1\", \"description\": \"Noir\", \"keyword\": \"chien\"},\n  {\"title\": \"Carlin\", \"url\": \"https://e.org/2\",\n   \"description\": \"Petit\"},\n  {\"title\": \"Morse\", \"url\": \"https://e.org/3\", \"description\": \"Gros\", \"keyword\": \"animal\"}\n]\n")
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.p, dataSource(lang.p, path), madeUp)
		if g := grades[1]; g.earned != 4 || g.met != 3 || len(g.problems) != 0 {
			t.Errorf("description: %+v, want 4/4, 3 of 3", g)
		}
		g := grades[2]
		want := []string{path + `:3: photo 2 ("Carlin") has no keyword: write one, "keyword": "..."`,
			path + ` : il manque le champ keyword à la photo 2 (« Carlin ») : écrivez-le, "keyword": "..."`}[l]
		if g.earned != 0 || g.met != 2 || g.of != 3 || len(g.problems) != 1 || !strings.HasSuffix(want, strings.TrimPrefix(g.problems[0], path+":3")) {
			t.Errorf("%s: keyword: %+v, want 0/4, 2 of 3, and the problem %q", lang.name, g, want)
		}
		if lineWith(sheet, "Total", "4/8") == "" || lineWith(sheet, "-/2") == "" {
			t.Errorf("%s: the total should be 4/8, Faker not told from a data file:\n%s", lang.name, sheet)
		}
	}
	saveInPlace(t, path, `[{"title": "a", "url": "u", "description": "d", "keyword": "k", "id": 1}, {"title": "b", "url": "u", "description": "d", "keyword": "k", "id": 1}]`)
	if s := dataSource(en, path); gradeField(en, s, "description").score(4).earned != 4 || len(s.warnings) != 1 || !strings.Contains(s.warnings[0], "the server does not serve this file: "+path+" lines 1 and 1:") {
		t.Errorf("two photos with one id: the texts should be graded and the ids said, got warnings %q", s.warnings)
	}
	saveInPlace(t, path, `[{"title": "a",}]`)
	s := dataSource(en, path)
	if g := gradeField(en, s, "keyword").score(4); g.earned != 0 || !strings.Contains(g.why, "line 1, column 16") {
		t.Errorf("a broken file: %+v, want 0 and why, with the line", g)
	}
}

func TestTheSheetPointsAtTheLineOfEachPhotoInPhotosGo(t *testing.T) {
	list := []Photo{{Title: "Chiot", URL: "https://e.org/1", Description: "Noir", Keyword: "chien"}, {Title: "Carlin", URL: "https://e.org/2", Keyword: "chien"}, {Title: "Morse", URL: "https://e.org/3", Description: "Gros"}}
	lits := []goLiteral{{line: 17}, {line: 18}, {line: 19, fields: map[string]int{"keyword": 20}}}
	s := builtInSource(en, list, lits)
	desc, key := gradeField(en, s, "description").score(4), gradeField(en, s, "keyword").score(4)
	if len(desc.problems) != 1 || desc.problems[0] != `photos.go:18: photo 2 ("Carlin") has no description: write one, Description: "...",` || desc.met != 2 {
		t.Errorf("description: %+v", desc)
	}
	if len(key.problems) != 1 || key.problems[0] != `photos.go:20: the keyword of photo 3 ("Morse") is empty: write it between the quotes` {
		t.Errorf("keyword: %+v", key)
	}
	dir := t.TempDir()
	photosGo, fakeGo := filepath.Join(dir, "photos.go"), filepath.Join(dir, "fake.go")
	saveInPlace(t, photosGo, "package main\n\n// photos...\nvar photos = []Photo{\n\t{Title: \"a\"},\n\n\t{Title: \"b\",\n\t\tURL: \"u\"},\n}\n")
	saveInPlace(t, fakeGo, "package main\n\nfunc fakePhoto(n int, seed int64) Photo {\n\tx := 1\n\treturn Photo{\n\t\tTitle: \"t\",\n\t}\n}\n")
	if got := fmt.Sprint(photosInGo(photosGo)); got != "[{5 map[title:5]} {7 map[title:7 url:8]}]" {
		t.Errorf("go/parser finds the photos at %s, want lines 5 and 7 with their fields", got)
	}
	if lit, found := photoInGo(fakeGo); !found || lit.line != 5 || lit.fields["title"] != 6 {
		t.Errorf("the Photo{...} of fake.go is found at %+v, want line 5, its title at 6", lit)
	}
	if _, found := photoInGo(filepath.Join(dir, "none.go")); photosInGo(filepath.Join(dir, "none.go")) != nil || found {
		t.Errorf("a file that is not there has lines")
	}
}

func TestTwoPhotosOfPhotosGoWithOneIDAreSaidButTheTextsStillGraded(t *testing.T) {
	list := []Photo{{Title: "Chiot", URL: "u", Description: "d", Keyword: "k", ID: 7}, {Title: "Carlin", URL: "u", Description: "d", Keyword: "k", ID: 7}}
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.p, builtInSource(lang.p, list, []goLiteral{{line: 18}, {line: 20}}), madeUp)
		if grades[1].earned != 4 || grades[2].earned != 4 {
			t.Errorf("%s: the descriptions and keywords are all there, yet %+v", lang.name, grades)
		}
		want := []string{`the server does not start: photos.go lines 18 and 20: photo 1 ("Chiot") and photo 2 ("Carlin") both have ID 7`,
			`le serveur ne démarre pas : photos.go lignes 18 et 20 : la photo 1 (« Chiot ») et la photo 2 (« Carlin ») ont toutes les deux l'ID 7`}[l]
		if !strings.Contains(sheet, want) {
			t.Errorf("%s: the sheet does not say %q:\n%s", lang.name, want, sheet)
		}
	}
}

func TestAnEmptyListEarnsNoPoints(t *testing.T) {
	for l, lang := range languages {
		grades, sheet := sheetOf(lang.p, builtInSource(lang.p, nil, nil), madeUp)
		why := []string{"there is no photo at all, so no photo has a description: add photos", "il n'y a aucune photo, donc aucune n'a le champ description : ajoutez des photos"}[l]
		if g := grades[1]; g.earned != 0 || g.why != why {
			t.Errorf("%s: an empty list earned %+v, want 0 and %q", lang.name, g, why)
		}
		if lineWith(sheet, "2/10") == "" {
			t.Errorf("%s: the total of an empty list with Faker done should be 2/10:\n%s", lang.name, sheet)
		}
	}
}

func TestTheFakerObjectiveWantsEveryFieldMadeUpByFaker(t *testing.T) {
	withSeed := func(change func(i int, seed int64, ph *Photo)) func(seed int64) ([]Photo, error) {
		return func(seed int64) ([]Photo, error) {
			list, err := madeUp(seed)
			for i := range list {
				change(i, seed, &list[i])
			}
			return list, err
		}
	}
	noKeyword := withSeed(func(i int, seed int64, ph *Photo) { ph.Keyword, ph.Description = "", "" })
	g := gradeFaker(en, &source{fakes: noKeyword}).score(2)
	if g.earned != 0 || g.met != 0 || len(g.problems) != 2 || !strings.Contains(g.problems[0], "the description field is empty in 50 photos made with faker: fill it with faker, such as Description: faker.Paragraph(),") || !strings.HasPrefix(g.problems[0], "fake.go:") {
		t.Errorf("faker without description and keyword: %+v", g)
	}
	for name, change := range map[string]func(i int, seed int64, ph *Photo){
		"one keyword for all":           func(i int, seed int64, ph *Photo) { ph.Keyword = "chat" },
		"a numbered description":        func(i int, seed int64, ph *Photo) { ph.Description = fmt.Sprintf("Photo %d", i) },
		"keywords from a list, by hand": func(i int, seed int64, ph *Photo) { ph.Keyword = []string{"chat", "chien", "mer"}[i%3] },
	} {
		if g := gradeFaker(en, &source{fakes: withSeed(change)}).score(2); g.earned != 0 || len(g.problems) != 1 || !strings.Contains(g.problems[0], "field is not made up by faker: it stays the same with another seed; fill it with faker") {
			t.Errorf("%s: %+v, want 0/2 and why", name, g)
		}
	}
	if g := gradeFaker(en, &source{fakes: withSeed(func(i int, seed int64, ph *Photo) { ph.Keyword += "!" })}).score(2); g.earned != 2 {
		t.Errorf("a keyword made by faker, then changed: %+v, want 2/2", g)
	}
	if g := gradeFaker(en, &source{fakes: madeUp}).score(2); g.earned != 2 || g.met != 50 {
		t.Errorf("a fake.go that fills every field: %+v, want 2/2", g)
	}
}
