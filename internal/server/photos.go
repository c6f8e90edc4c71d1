package server

import (
	"context"
	"errors"
	"fmt"
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
	warnings []lang.Sayer   // what is worth saying of photos.go or the data file, said through datafile.WarningLines
	file     *datafile.File // the data file to follow, with -data
}

// A photosError is why the photos to serve cannot be made, kept as a value until the
// edge says it (Say): the terminal at start, the follower after a save.
type photosError struct {
	Code photosCode
	Dup  *catalog.DuplicateIDError // sameIDInPhotos, idInFake
	ID   string                    // the id's field in Go: ID
	File string                    // the data file (noFolder, tooBigToCreate)
	Size int64                     // tooBigToCreate: what the file would hold
}

// photosCode is what keeps the photos from being made.
type photosCode int

const (
	sameIDInPhotos photosCode = iota // two photos of photos.go with one id
	noFakePhoto                      // -fake, and fake.go has no fakePhoto
	idInFake                         // fakePhoto writes an id, which two photos share
	noFolder                         // -data names a file in a folder that does not exist
	tooBigToCreate                   // -data's file, created with -fake, would be too big
)

// Say says the error in one sentence in p's language.
func (e *photosError) Say(p *message.Printer) string {
	switch e.Code {
	case sameIDInPhotos:
		return e.Dup.Explain(p, p.Sprintf("in photos.go,"), e.ID)
	case noFakePhoto:
		return p.Sprintf("fake.go has no fakePhoto, so -fake cannot make photos: write fakePhoto in fake.go, or start without -fake")
	case idInFake:
		return e.Dup.InFake(p, e.ID)
	case noFolder:
		return p.Sprintf("the folder %s does not exist: create it first, or choose a file in a folder that exists", filepath.Dir(e.File))
	case tooBigToCreate:
		return p.Sprintf("%s would be %s, more than the %s a data file may hold: ask -fake for fewer photos", e.File, lang.Size(p, e.Size), lang.Size(p, datafile.MaxSize))
	}
	return lang.Say(p, fmt.Errorf("photosError %d", e.Code)) // a code with no sentence yet: the fallback sentence
}

// Error is the sentence in English.
func (e *photosError) Error() string { return e.Say(lang.English) }

// Unwrap gives the *catalog.DuplicateIDError of two photos with one id.
func (e *photosError) Unwrap() error {
	if e.Dup == nil {
		return nil
	}
	return e.Dup
}

// makeCatalog makes the photos to start with, from the built-in list or from go-faker,
// and says where they come from.
func makeCatalog(ctx context.Context, p *message.Printer, code photo.Code, cfg config, stderr io.Writer) (*catalog.Catalog, string, error) {
	if cfg.fake == 0 {
		c, err := catalog.New(code.Schema, code.List())
		var dup *catalog.DuplicateIDError
		if errors.As(err, &dup) {
			return nil, "", &photosError{Code: sameIDInPhotos, Dup: dup, ID: code.Schema.Field(photo.ID).GoName}
		}
		return c, p.Sprintf("the built-in list in photos.go"), err
	}
	if !code.CanFake() {
		return nil, "", &photosError{Code: noFakePhoto}
	}
	seed, n := strconv.FormatInt(cfg.seed, 10), strconv.Itoa(cfg.fake)
	c, err := photo.Call(0, func() (*catalog.Catalog, error) { // a panic of fakePhoto said at its line
		return makeFake(ctx, p, code.Schema, cfg.fake, cfg.seed, stderr, code.Fake)
	})
	var dup *catalog.DuplicateIDError
	var call *photo.CallError
	switch {
	case errors.As(err, &dup):
		return nil, "", &photosError{Code: idInFake, Dup: dup, ID: code.Schema.Field(photo.ID).GoName}
	case errors.As(err, &call):
		return nil, "", call // at the first start, or in a new version: its own sentence
	}
	return c, p.Sprintf("go-faker with seed %s (go run . -fake %s -seed %s makes them again)", seed, n, seed), err
}

// schemaWarnings are what is worth saying of the Photo type of photos.go when the server
// starts: a field the partner's page reads sent under another name, a field named like
// a parameter of /photos, each at its line of photos.go when the file is here to read.
func schemaWarnings(s *photo.Schema) []lang.Sayer {
	var warnings []lang.Sayer
	for _, r := range s.Renamed() {
		f := s.Field(r)
		warnings = append(warnings, photo.Warning{Kind: photo.RenamedField, File: "photos.go", Line: s.GoFieldLine("photos.go", f.GoName),
			Photo: -1, Role: r, Key: f.GoName, Field: f.Name})
	}
	for _, f := range s.Fields {
		if slices.Contains(catalog.Params, f.Name) && f.Name != s.Name(photo.Keyword) {
			warnings = append(warnings, photo.Warning{Kind: photo.ParamField, File: "photos.go", Line: s.GoFieldLine("photos.go", f.GoName),
				Photo: -1, Key: f.GoName, Field: f.Name})
		}
	}
	return warnings
}

// builtInWarnings are what is worth saying of the photos of photos.go when the server
// starts (photo.Checker: a text left empty or that says nothing, a url the partner's
// page cannot show, a photo copied and left as it was), at the line of photos.go when
// the file is here to read (go run .).
func builtInWarnings(s *photo.Schema, list []photo.Photo, pictures photo.Pictures) []photo.Warning {
	places := s.GoPlaces("photos.go")
	check := s.NewChecker(pictures)
	var warnings []photo.Warning
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
	src.warnings = schemaWarnings(code.Schema)
	if cfg.data == "" {
		c, describe, err := makeCatalog(ctx, p, code, cfg, stderr)
		if err != nil {
			return src, err
		}
		st.Replace(c)
		src.describe = describe
		if cfg.fake == 0 {
			src.warnings = appendSayers(src.warnings, builtInWarnings(code.Schema, c.Photos(), pictures))
		}
		return src, nil
	}

	d := &datafile.File{Path: cfg.data, Name: cfg.data, P: p, Schema: code.Schema, Pictures: pictures, Store: st, Say: reqLog.say}
	_, statErr := os.Stat(cfg.data)
	switch {
	case errors.Is(statErr, fs.ErrNotExist) && !isDir(filepath.Dir(cfg.data)):
		return src, &photosError{Code: noFolder, File: cfg.data}
	case errors.Is(statErr, fs.ErrNotExist):
		c, describe, err := makeCatalog(ctx, p, code, cfg, stderr)
		if err != nil {
			return src, err
		}
		body := datafile.Body(c)
		if len(body) > datafile.MaxSize {
			return src, &photosError{Code: tooBigToCreate, File: cfg.data, Size: int64(len(body))}
		}
		if err := datafile.Create(ctx, cfg.data, body); err != nil {
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
	if !data.Saved.Plain() { // how the file is saved (Windows-1252...): a warning like the others
		src.warnings = append(src.warnings, data.Saved)
	}
	src.warnings = appendSayers(src.warnings, data.Warnings)
	src.describe = p.Sprintf("%s, followed live: save the file and the partner's page follows", cfg.data)
	src.file = d
	return src, nil
}

// isDir reports whether path is a folder that exists.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// appendSayers appends the warnings ws to to.
func appendSayers[W lang.Sayer](to []lang.Sayer, ws []W) []lang.Sayer {
	for _, w := range ws {
		to = append(to, w)
	}
	return to
}
