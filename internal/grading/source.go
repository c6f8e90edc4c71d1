package grading

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/datafile"
	"photoserver/internal/images"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// Source is the photos a run grades, as the server sends them, read once.
type Source struct {
	Describe string // the sheet's heading: "the built-in list of photos.go", a file, an address

	schema   *photo.Schema    // the students' Photo type; nil for a server on the network
	photos   []map[string]any // what GET /photos sends, photo by photo
	places   []photo.Place    // for each photo, where it is written, when that is known
	problem  string           // why the photos could not be read, when they could not
	warnings []string         // what the sheet says besides the points (no CORS header...)
	fakes    func(seed int64) ([]photo.Photo, error)
	noFaker  string // when fakes is nil: why Faker cannot be told, for the sheet
	fakeGo   []byte // fake.go's source, to follow its texts to go-faker (nil: not read)
	// fakeGoUnread is set when fake.go is there but is not read (readFakeGo): a link, a
	// FIFO, over a megabyte. Its texts cannot be followed to go-faker: objective 3 is not earned.
	fakeGoUnread bool
	fakePath     string // where fake.go is read: "fake.go" in the folder graded, unless FolderSource says
	remote       bool   // a server on the network, whatever it is written in
	silent       bool   // a server on the network that did not answer at all
}

// Unanswered is why a server on the network did not answer at all (nothing listens,
// no answer in time), or "" when it answered, whatever it sent: a class grader tells
// such a server as not graded, not as graded 0.
func (s *Source) Unanswered() string {
	if !s.silent {
		return ""
	}
	return s.problem
}

// label names photo i in a line of the sheet, as the server names it.
func (s *Source) label(p *message.Printer, i int) string {
	title := "title"
	if s.schema != nil {
		title = s.schema.Name(photo.Title)
	}
	name, _ := s.photos[i][title].(string)
	return lang.PhotoLabel(p, i, name)
}

// place is where photo i is written, when that is known.
func (s *Source) place(i int) photo.Place {
	if i < len(s.places) {
		return s.places[i]
	}
	return photo.Place{}
}

// textProblem says what keeps the text of r that photo i sends from counting, and where to
// write one: the same sentence as the server says at start, or, for a server on the
// network, what that server should send.
func (s *Source) textProblem(p *message.Printer, i int, r photo.Role, text string, e photo.Emptiness) string {
	label := s.label(p, i)
	if !s.remote {
		return s.schema.ProblemOf(p, label, r, text, e, s.place(i))
	}
	if e != photo.Blank {
		return p.Sprintf("%s sends %q as its %s, which %s: that server should send %s", label, lang.Show(strings.TrimSpace(text)), r.String(), photo.Reason(p, e), photo.WhatToWrite(p, r))
	}
	_, sent := s.photos[i][r.String()] // sent, but empty: another key holds it only if it holds a text
	for key, v := range s.photos[i] {
		if text, isText := v.(string); meant(key, r) && (!sent || isText && strings.TrimSpace(text) != "") {
			return p.Sprintf("%s sends %q, not %q: the partner's page reads photo.%s, so rename it on that server", label, lang.Show(key), r.String(), r.String())
		}
	}
	return p.Sprintf("%s sends no %s: add one to each photo on that server", label, r.String())
}

// meant reports whether a server that sends key meant the field of role r: a typing
// mistake (descripton), a short form (desc), or its French name (motCle, légende).
func meant(key string, r photo.Role) bool {
	name, lower := r.String(), strings.ToLower(key)
	french := map[photo.Role][]string{
		photo.Description: {"legende", "légende"},
		photo.Keyword:     {"motcle", "motclé", "mot-cle", "mot-clé", "mot_cle", "mot_clé", "tag", "tags", "motscles"},
	}
	return key != name && (lang.Nearest(key, []string{name}) != "" ||
		(len(key) >= 3 && strings.HasPrefix(name, lower)) || slices.Contains(french[r], lower))
}

// sameAs says that photo i has the same text for r as photo other, or nearly (a letter
// or two apart).
func (s *Source) sameAs(p *message.Printer, i, other int, r photo.Role, nearly bool) string {
	switch {
	case s.remote && nearly:
		return p.Sprintf("%s sends nearly the same %s as %s, a letter or two apart: that server should send %s, for each picture", s.label(p, i), r.String(), s.label(p, other), photo.WhatToWrite(p, r))
	case s.remote:
		return p.Sprintf("%s sends the same %s as %s: that server should send %s, for each picture", s.label(p, i), r.String(), s.label(p, other), photo.WhatToWrite(p, r))
	case nearly:
		return s.schema.NearlySameAs(p, s.label(p, i), s.label(p, other), r, s.place(i))
	}
	return s.schema.SameAs(p, s.label(p, i), s.label(p, other), r, s.place(i))
}

// titleAgain says that the description of photo i only repeats its title.
func (s *Source) titleAgain(p *message.Printer, i int) string {
	if s.remote {
		return p.Sprintf("%s sends its title again as its description: that server should send %s", s.label(p, i), photo.WhatToWrite(p, photo.Description))
	}
	return s.schema.TitleAgain(p, s.label(p, i), s.place(i))
}

// sameOnEvery says that photo i has the same text for r as every other photo.
func (s *Source) sameOnEvery(p *message.Printer, i int, r photo.Role) string {
	if s.remote {
		return p.Sprintf("%s sends the same %s as every other photo: that server should send %s, for each picture", s.label(p, i), r.String(), photo.WhatToWrite(p, r))
	}
	return s.schema.SameOnEvery(p, s.label(p, i), r, s.place(i))
}

// pictures is the folder of the pair's own pictures, next to photos.go, which a url may
// name: the sheet runs in the pair's folder.
var pictures = images.Folder{Path: images.Dir}

// urlWarnings are the warnings of the sheet for the urls the partner's page cannot
// show: they cost no point (the fiche's points are for the description and the
// keyword), but the page shows a broken picture.
func (s *Source) urlWarnings(p *message.Printer) []string {
	var warnings []string
	for i, ph := range s.photos {
		u, _ := ph["url"].(string)
		var w string
		if s.schema != nil {
			u, _ = ph[s.schema.Name(photo.URL)].(string)
			w = s.schema.URLWarning(p, s.label(p, i), u, s.place(i), pictures)
		} else {
			w = photo.URLWarning(p, s.label(p, i), u, "", nil)
		}
		if w != "" {
			warnings = append(warnings, w)
		}
	}
	return warnings
}

// CodeSource grades the students' code as the server serves it: the list of photos.go,
// and fake.go's fakePhoto for Faker. codeErr is the error that keeps the Photo type from
// being served, if any. The photos are pointed at by their line of photos.go. When the
// server would not start (two photos with one ID), no photo is sent to the partner's
// page: the objectives earn nothing, and the sheet says why.
func CodeSource(p *message.Printer, code photo.Code, codeErr error) *Source {
	var places []photo.Place
	if codeErr == nil {
		places = code.Schema.GoPlaces("photos.go")
	}
	return codeSource(p, code, codeErr, places)
}

// FolderSource grades the students' code of the folder dir as CodeSource does, for a
// program that grades another folder than its own (the class grader): code is what the
// pair's program printed (gocode.Load), and the photos are pointed at by their line of
// dir's photos.go, named photos.go.
func FolderSource(p *message.Printer, dir string, code photo.Code, codeErr error) *Source {
	var places []photo.Place
	if codeErr == nil {
		places = code.Schema.GoPlaces(filepath.Join(dir, "photos.go"))
		for i := range places {
			places[i].File = "photos.go"
		}
	}
	s := codeSource(p, code, codeErr, places)
	s.Describe = p.Sprintf("the folder %s: its photos.go, and its fake.go for Faker", dir)
	s.fakePath = filepath.Join(dir, "fake.go")
	if s.fakes != nil {
		var missing bool
		s.fakeGo, missing = readFakeGo(s.fakePath)
		s.fakeGoUnread = s.fakeGo == nil && !missing
	}
	return s
}

// codeSource is CodeSource with the places where photos.go writes each photo.
func codeSource(p *message.Printer, code photo.Code, codeErr error, places []photo.Place) *Source {
	s := &Source{Describe: p.Sprintf("the folder %s: its photos.go, and its fake.go for Faker", folder()), schema: code.Schema}
	var bad *photo.SchemaError
	switch {
	case errors.As(codeErr, &bad):
		s.problem = bad.ExplainAt(p, bad.Where("photos.go"))
		return s
	case codeErr != nil:
		s.problem = reason(p, codeErr)
		return s
	}
	if code.CanFake() {
		s.fakes = func(seed int64) ([]photo.Photo, error) { return fakerSample(code, seed) }
		var missing bool
		s.fakeGo, missing = readFakeGo("fake.go")
		s.fakeGoUnread = s.fakeGo == nil && !missing
	} else {
		s.noFaker = p.Sprintf("fake.go has no fakePhoto to grade")
	}
	list := code.List()
	s.places = make([]photo.Place, len(list))
	for i := range s.places {
		s.places[i] = photo.Place{File: "photos.go"}
		if len(places) == len(list) {
			s.places[i] = places[i]
		}
	}
	c, err := catalog.New(code.Schema, list)
	var dup *catalog.DuplicateIDError
	if errors.As(err, &dup) { // as the server says it when it refuses to start
		where := p.Sprintf("in photos.go,")
		if len(places) == len(list) {
			where = p.Sprintf("%s lines %s and %s:", "photos.go", strconv.Itoa(places[dup.First].Line), strconv.Itoa(places[dup.Second].Line))
		}
		s.problem = p.Sprintf("the server does not start, so the partner's page gets no photo: %s", dup.Explain(p, where, code.Schema.Field(photo.ID).GoName))
		s.photos = photoMaps(code.List())
	} else {
		s.photos, s.problem = served(p, c)
	}
	s.warnings = append(s.warnings, s.urlWarnings(p)...)
	return s
}

// FakeLimit is how long fake.go may take to make the photos the Faker objective
// grades (50 take milliseconds): past it, fakePhoto is taken to loop forever, and the
// sheet says so instead of hanging.
const FakeLimit = 10 * time.Second

// fakerSample makes the photos the Faker objective grades: what -fake 50 -seed seed
// serves. A fakePhoto that panics, or that has not finished after FakeLimit, is a
// *photo.CallError, not a crash or a hang of the sheet.
func fakerSample(code photo.Code, seed int64) ([]photo.Photo, error) {
	c, err := photo.Call(FakeLimit, func() (*catalog.Catalog, error) {
		return catalog.Fake(context.Background(), code.Schema, 50, seed, code.Fake)
	})
	if err != nil {
		return nil, err
	}
	return c.Photos(), nil
}

// DataSource grades the data file at path as the server serves it (-data), its photos
// of the students' Photo type s, each pointed at by its line in the file.
func DataSource(p *message.Printer, s *photo.Schema, path string) *Source {
	src := &Source{Describe: p.Sprintf("the data file %s", absolute(path)), schema: s, noFaker: p.Sprintf("a data file does not tell whether its photos come from Faker: go test in the pair's folder grades it")}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		wd, _ := os.Getwd()
		src.problem = p.Sprintf("PHOTOS_DATA names %s, which does not exist: check the name, from the folder %s", path, wd)
		return src
	}
	content, _, err := datafile.Read(path, path)
	if err != nil {
		src.problem = reason(p, err)
		return src
	}
	c, data, err := datafile.Load(context.Background(), s, pictures, path, content)
	var dup *catalog.DuplicateIDError
	switch {
	case errors.As(err, &dup): // the texts are there, but the server does not serve them
		src.problem = p.Sprintf("the server does not serve this file, so the partner's page gets no photo: %s", reason(p, err))
		src.photos = photoMaps(data.List)
	case err != nil:
		src.problem = reason(p, err)
		return src
	default:
		src.photos, src.problem = served(p, c)
	}
	src.places = data.Places
	src.warnings = append(src.warnings, src.urlWarnings(p)...)
	return src
}

// reason is err in p's language, for a line of the sheet: its own sentence when it is
// kept as a value (lang.Sayer), or else its words as they are, in the sentence of the
// sheet that holds it or alone when they are already one.
func reason(p *message.Printer, err error) string {
	var s lang.Sayer
	if errors.As(err, &s) {
		return s.Say(p)
	}
	return err.Error()
}

// photoMaps is list as JSON, photo by photo, for photos the server would not serve.
func photoMaps(list []photo.Photo) []map[string]any {
	maps := make([]map[string]any, len(list))
	for i := range list {
		b, _ := json.Marshal(list[i].Value())
		_ = json.Unmarshal(b, &maps[i])
	}
	return maps
}

// served is what GET /photos sends for c, as the partner's page reads it: the bytes of
// the list that the server sends for that request, made once per version.
func served(p *message.Printer, c *catalog.Catalog) ([]map[string]any, string) {
	var photos []map[string]any
	if err := json.Unmarshal(c.List().Plain.Body, &photos); err != nil {
		return nil, p.Sprintf("GET /photos does not send a list of photos (%v): look at what go run . sends at /photos", err)
	}
	return photos, ""
}

// origin is the Origin the sheet sends to a server on the network: a page opened from
// a file, as the partner's often is.
const origin = "null"

// RemoteSource grades a server running on the network, whatever it is written in: the
// sheet fetches its photos as the partner's page does, with an Origin header. address
// may be given as a banner gives it (192.168.1.42:9000), without http:// or /photos.
func RemoteSource(p *message.Printer, address string) *Source {
	s := &Source{Describe: address, remote: true, noFaker: p.Sprintf("cannot be told over the network: look at the pair's code")}
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
	s.Describe = u.String()
	req, _ := http.NewRequest("GET", u.String(), nil)
	req.Header.Set("Origin", origin)
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
		s.silent = true
		return s
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, datafile.MaxSize))
	switch acao := resp.Header.Get("Access-Control-Allow-Origin"); {
	case acao == "":
		s.warnings = append(s.warnings, p.Sprintf("the answer has no Access-Control-Allow-Origin header, so the partner's page cannot read it: the server must send Access-Control-Allow-Origin: *"))
	case acao != "*" && acao != origin:
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
		s.problem = p.Sprintf("the answer of %s is not a JSON list of photos, [{...}, {...}]: it begins with %q", u, lang.Show(start))
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
	s.warnings = append(s.warnings, s.urlWarnings(p)...)
	return s
}

// folder is the folder go test grades, for the sheet's heading: a teacher grading
// several pairs' copies sees whose sheet it is.
func folder() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	return wd
}

// absolute is path as the sheet's heading names it: from the root of the disk.
func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// SourceOf is the source a run of go test grades, from its environment: PHOTOS_URL, a
// server on the network; PHOTOS_DATA, a data file; or else the students' code.
func SourceOf(p *message.Printer, getenv func(string) string, code photo.Code, codeErr error) *Source {
	address, path := getenv("PHOTOS_URL"), getenv("PHOTOS_DATA")
	switch {
	case address != "" && path != "":
		return &Source{Describe: "PHOTOS_URL, PHOTOS_DATA", problem: p.Sprintf("PHOTOS_URL and PHOTOS_DATA are both set: set only the one to grade")}
	case address != "":
		return RemoteSource(p, address)
	case path != "" && codeErr != nil:
		return CodeSource(p, code, codeErr) // the Photo type itself keeps any file from being read
	case path != "":
		return DataSource(p, code.Schema, path)
	}
	return CodeSource(p, code, codeErr)
}
