package server

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/datafile"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// photoSource is where the served photos come from.
type photoSource struct {
	describe string         // for the banner: "the built-in list in photos.go", ...
	notes    []string       // lines to show after the banner
	warnings []string       // what is worth saying of photos.go or the data file, said through datafile.WarningLines
	file     *datafile.File // the data file to follow, with -data
}

// makeCatalog makes the photos to start with, from the built-in list or from go-faker,
// and says where they come from.
func makeCatalog(ctx context.Context, p *message.Printer, code photo.Code, cfg config, stderr io.Writer) (*catalog.Catalog, string, error) {
	if cfg.fake == 0 {
		c, err := catalog.New(code.Schema, code.List())
		var dup *catalog.DuplicateIDError
		if errors.As(err, &dup) {
			return nil, "", errors.New(dup.Explain(p, p.Sprintf("in photos.go,"), code.Schema.Field(photo.ID).GoName))
		}
		return c, p.Sprintf("the built-in list in photos.go"), err
	}
	if !code.CanFake() {
		return nil, "", errors.New(p.Sprintf("fake.go has no fakePhoto, so -fake cannot make photos: write fakePhoto in fake.go, or start without -fake"))
	}
	seed, n := strconv.FormatInt(cfg.seed, 10), strconv.Itoa(cfg.fake)
	c, err := photo.Call(0, func() (*catalog.Catalog, error) { // a panic of fakePhoto said at its line
		return makeFake(ctx, p, code.Schema, cfg.fake, cfg.seed, stderr, code.Fake)
	})
	var dup *catalog.DuplicateIDError
	var call *photo.CallError
	switch {
	case errors.As(err, &dup):
		return nil, "", errors.New(dup.InFake(p, code.Schema.Field(photo.ID).GoName))
	case errors.As(err, &call):
		return nil, "", errors.New(call.Explain(p)) // at the first start, or in a new version: its own sentence
	}
	return c, p.Sprintf("go-faker with seed %s (go run . -fake %s -seed %s makes them again)", seed, n, seed), err
}

// schemaWarnings are what is worth saying of the Photo type of photos.go when the server
// starts: a field the partner's page reads sent under another name, a field named like
// a parameter of /photos, each at its line of photos.go when the file is here to read.
func schemaWarnings(p *message.Printer, s *photo.Schema) []string {
	var warnings []string
	for _, r := range s.Renamed() {
		f := s.Field(r)
		warnings = append(warnings, p.Sprintf("%s: the field %s is sent as %q, so a page that reads photo.%s finds nothing: put back json:%q on it",
			s.GoFieldWhere("photos.go", f.GoName), f.GoName, f.Name, r.String(), r.String()))
	}
	for _, f := range s.Fields {
		if slices.Contains(catalog.Params, f.Name) && f.Name != s.Name(photo.Keyword) {
			warnings = append(warnings, p.Sprintf("%s: the field %s is sent as %q, which is also a parameter of /photos (?%s=...): it cannot be filtered by; give it another name in its json tag",
				s.GoFieldWhere("photos.go", f.GoName), f.GoName, f.Name, f.Name))
		}
	}
	return warnings
}

// builtInWarnings are what is worth saying of the photos of photos.go when the server
// starts (photo.Checker: a text left empty or that says nothing, a url the partner's
// page cannot show, a photo copied and left as it was), at the line of photos.go when
// the file is here to read (go run .).
func builtInWarnings(p *message.Printer, s *photo.Schema, list []photo.Photo, pictures photo.Pictures) []string {
	places := s.GoPlaces("photos.go")
	check := s.NewChecker(p, pictures)
	var warnings []string
	for i := range list {
		at := photo.Place{File: "photos.go"}
		if len(places) == len(list) {
			at = places[i]
		}
		warnings = append(warnings, check.Photo(i, &list[i], at)...)
	}
	return append(warnings, check.Done()...)
}

// loadPhotos fills st with the photos the command line asks for.
func loadPhotos(ctx context.Context, p *message.Printer, code photo.Code, cfg config, st *catalog.Store, reqLog *requestLog, stderr io.Writer, pictures photo.Pictures) (photoSource, error) {
	var src photoSource
	src.warnings = schemaWarnings(p, code.Schema)
	if cfg.data == "" {
		c, describe, err := makeCatalog(ctx, p, code, cfg, stderr)
		if err != nil {
			return src, err
		}
		st.Replace(c)
		src.describe = describe
		if cfg.fake == 0 {
			src.warnings = append(src.warnings, builtInWarnings(p, code.Schema, c.Photos(), pictures)...)
		}
		return src, nil
	}

	d := &datafile.File{Path: cfg.data, Name: cfg.data, P: p, Schema: code.Schema, Pictures: pictures, Store: st, Say: reqLog.say}
	_, statErr := os.Stat(cfg.data)
	switch {
	case errors.Is(statErr, fs.ErrNotExist) && !isDir(filepath.Dir(cfg.data)):
		return src, errors.New(p.Sprintf("the folder %s does not exist: create it first, or choose a file in a folder that exists", filepath.Dir(cfg.data)))
	case errors.Is(statErr, fs.ErrNotExist):
		c, describe, err := makeCatalog(ctx, p, code, cfg, stderr)
		if err != nil {
			return src, err
		}
		body := datafile.Body(c)
		if len(body) > datafile.MaxSize {
			return src, errors.New(p.Sprintf("%s would be %s, more than the %s a data file may hold: ask -fake for fewer photos", cfg.data, lang.Size(p, int64(len(body))), lang.Size(p, datafile.MaxSize)))
		}
		if err := datafile.Create(ctx, p, cfg.data, body); err != nil {
			return src, err
		}
		src.notes = append(src.notes, p.Sprintf("created %s with the photos of %s: edit it and save, the server follows it", cfg.data, describe))
	case cfg.fake != 0:
		src.notes = append(src.notes, p.Sprintf("%s already exists, so its photos are served and -fake and -seed play no part", cfg.data))
	}
	_, data, err := d.Load(ctx)
	if err != nil {
		return src, err
	}
	if data.Saved != "" { // how the file is saved (Windows-1252...): a warning like the others
		src.warnings = append(src.warnings, data.Saved)
	}
	src.warnings = append(src.warnings, data.Warnings...)
	src.describe = p.Sprintf("%s, followed live: save the file and the partner's page follows", cfg.data)
	src.file = d
	return src, nil
}

// isDir reports whether path is a folder that exists.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
