// Package datafile serves the photos of a JSON file (-data) and follows its changes:
// it reads a file saved by any classroom editor (UTF-8 with or without a BOM, UTF-16,
// Windows-1252), decodes it into photos of the students' Photo type with the line of
// each mistake said in plain words, reloads it within a second of a save while keeping
// the last good photos when a save cannot be served, and creates a missing file with
// the photos the server would serve.
package datafile

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"hash/crc64"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// PollInterval is how often the data file is looked at: a save is served within it.
const PollInterval = 250 * time.Millisecond

// contentCheckLimit: when size and modification time are unchanged, files up to this
// size are still read and compared, since a file system may keep whole seconds only.
// Bigger files are read again only in the 5 seconds after their modification time.
const contentCheckLimit = 1 << 20

// maxWarnings is how many warnings are shown one by one; a student fixes those first.
const maxWarnings = 5

// File follows a data file: the server serves its photos and reloads them when the
// file changes, keeping the last good photos while the file cannot be served. Each
// state of the file (good, broken, empty, missing, unreadable) is said once when the
// file comes to it; an error only once two looks in a row find the same, so that a save
// still being written is not reported.
type File struct {
	Path     string
	Name     string           // how messages call the file
	P        *message.Printer // the language of what Say says: the terminal's (the edge)
	Schema   *photo.Schema    // the photos' type
	Pictures photo.Pictures   // the pair's own pictures, which a url may name (nil: none)
	Store    *catalog.Store   // where the photos are served from
	Say      func(string)     // says a sentence in the terminal
	Every    time.Duration    // how often Follow looks at the file; 0: PollInterval

	seen   os.FileInfo // the file at the last look
	served uint64      // checksum of the content served
	saved  SavedAs     // how the file is saved, as last said
	last   observation // what the last look found
	said   observation // what was said last
}

// observation is what one look at the file found.
type observation struct {
	state fileState
	sum   uint64 // checksum of the content, when it was read
	err   Error  // what is wrong, when it is not good
}

// fileState is what a look finds the file to be.
type fileState int

const (
	unreadable fileState = iota // missing, a folder, no right to read, an I/O error
	broken                      // read, but it cannot be served: empty, a JSON mistake...
	good                        // served
	changing                    // it changed while it was read: looked at again, never said
)

// Create writes body to path so that the student has a file to edit, readable
// by others as any file they make (0644, less the umask). It writes a new file and
// renames it, so a reader never sees half of it; when ctx is done (Ctrl+C) before the
// end, it removes that new file and returns ctx's error.
func Create(ctx context.Context, path string, body []byte) error {
	var suffix [6]byte
	_, _ = rand.Read(suffix[:]) // crypto/rand does not fail
	tmp := filepath.Join(filepath.Dir(path), ".photos-"+hex.EncodeToString(suffix[:])+".json")
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return &Error{Code: CannotCreate, File: path, Detail: err.Error()}
	}
	defer os.Remove(tmp)
	for rest := body; len(rest) > 0; { // a megabyte at a time, so that Ctrl+C is obeyed within one
		n := min(len(rest), 1<<20)
		if err := ctx.Err(); err != nil {
			f.Close()
			return err
		}
		if _, err := f.Write(rest[:n]); err != nil {
			f.Close()
			return &Error{Code: CannotWrite, File: path, Detail: err.Error()}
		}
		rest = rest[n:]
	}
	if err := f.Close(); err != nil {
		return &Error{Code: CannotWrite, File: path, Detail: err.Error()}
	}
	if err := os.Rename(tmp, path); err != nil {
		return &Error{Code: CannotCreate, File: path, Detail: err.Error()}
	}
	return nil
}

// Load reads the file at start-up and serves its photos: a file that cannot be served
// is an error.
func (d *File) Load(ctx context.Context) (*catalog.Catalog, Photos, error) {
	content, info, err := Read(d.Path, d.Name)
	for tries := 0; errors.Is(err, ErrChanging) && tries < 20 && ctx.Err() == nil; tries++ {
		time.Sleep(PollInterval) // being saved as the server starts: read again once written
		content, info, err = Read(d.Path, d.Name)
	}
	if errors.Is(err, ErrChanging) {
		return nil, Photos{}, &Error{Code: KeepsChanging, File: d.Name}
	}
	if err != nil {
		return nil, Photos{}, err
	}
	c, data, err := Load(ctx, d.Schema, d.Pictures, d.Name, content)
	if err != nil && ctx.Err() == nil {
		atStart := asError(d.Name, err)
		atStart.AtStart = true
		return nil, data, &atStart
	} else if err != nil {
		return nil, data, err
	}
	d.seen, d.served, d.saved = info, crc64.Checksum(content, catalog.CRCTable), data.Saved
	d.last = observation{state: good, sum: d.served}
	d.said = d.last
	d.Store.Replace(c)
	return c, data, nil
}

// Follow looks at the file every PollInterval (or Every) until ctx is done.
func (d *File) Follow(ctx context.Context) {
	every := d.Every
	if every == 0 {
		every = PollInterval
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-tick.C:
			d.Poll(ctx, now)
		}
	}
}

// SetSchema makes s the photos' type, for a Photo type changed in photos.go: the next
// Poll reads the file again with it and serves it, even if its content is the same.
func (d *File) SetSchema(s *photo.Schema) {
	d.Schema = s
	d.seen, d.served = nil, 0
	d.last, d.said = observation{state: changing}, observation{state: changing} // nothing served yet of this type
}

// Poll looks at the file once: it serves a new good content at once, and says what
// became of the file when that changed. A file that changed while it was read is looked
// at again at the next Poll, without a word.
func (d *File) Poll(ctx context.Context, now time.Time) {
	obs, c, data := d.look(ctx, now)
	stable := obs == d.last
	d.last = obs
	if obs.state == changing {
		return
	}
	if obs == d.said || ctx.Err() != nil {
		return
	}
	if obs.state != good {
		if stable {
			d.said = obs
			d.Say(d.P.Sprintf("%s; the last good photos are still served", obs.err.Say(d.P)))
		}
		return
	}
	d.said = obs
	if c != nil {
		d.Store.Replace(c)
		d.served = obs.sum
	}
	if data.Saved != d.saved && !data.Saved.Plain() {
		d.Say(d.P.Sprintf("warning: %s", data.Saved.Say(d.P)))
	}
	d.saved = data.Saved
	for _, w := range WarningLines(d.P, data.Warnings) {
		d.Say(w)
	}
	d.Say(d.P.Sprintf("reloaded: %s from %s", d.P.Sprintf("%d photos", len(d.Store.Current().Photos())), d.Name))
}

// look reads the file when it may have changed and says what it found: with the new
// catalog when the content is good and not the one served, and its warnings.
func (d *File) look(ctx context.Context, now time.Time) (observation, *catalog.Catalog, Photos) {
	info, err := os.Stat(d.Path)
	if err == nil && d.seen != nil && os.SameFile(info, d.seen) && info.Size() == d.seen.Size() &&
		info.ModTime().Equal(d.seen.ModTime()) && info.Size() > contentCheckLimit && now.Sub(info.ModTime()) > 5*time.Second {
		return d.last, nil, Photos{} // big, unchanged and settled: not read again
	}
	content, info, err := Read(d.Path, d.Name)
	if errors.Is(err, ErrChanging) {
		d.seen = nil
		return observation{state: changing}, nil, Photos{}
	}
	if err != nil {
		d.seen = nil
		return observation{state: unreadable, err: asError(d.Name, err)}, nil, Photos{}
	}
	d.seen = info
	sum := crc64.Checksum(content, catalog.CRCTable)
	if (d.last.state == good || d.last.state == broken) && sum == d.last.sum {
		return d.last, nil, Photos{} // the same content as at the last look
	}
	c, data, err := Load(ctx, d.Schema, d.Pictures, d.Name, content)
	switch {
	case err != nil:
		return observation{state: broken, sum: sum, err: asError(d.Name, err)}, nil, data
	case sum == d.served: // good again, with the content already served
		return observation{state: good, sum: sum}, nil, data
	}
	return observation{state: good, sum: sum}, c, data
}

// asError is err as an Error of the file named name: itself, or, for an error of
// another kind (ctx's), one that shows its words.
func asError(name string, err error) Error {
	var e *Error
	if errors.As(err, &e) {
		return *e
	}
	return Error{Code: CannotRead, File: name, Detail: err.Error()}
}

// WarningLines says warnings as log lines in p's language, the first few in full.
func WarningLines[W lang.Sayer](p *message.Printer, warnings []W) []string {
	var lines []string
	for i, w := range warnings {
		if i == maxWarnings {
			lines = append(lines, p.Sprintf("warning: and %s like these: fix the ones above first", p.Sprintf("%d more warnings", len(warnings)-maxWarnings)))
			break
		}
		lines = append(lines, p.Sprintf("warning: %s", w.Say(p)))
	}
	return lines
}

// Body is the list of c as a data file holds it: as GET /photos sends it, but without
// the ids that only repeat a photo's position, so that a photo copied and pasted in the
// file gets a number of its own.
func Body(c *catalog.Catalog) []byte {
	list, photos, id := c.List(), c.Photos(), c.Schema().Name(photo.ID)
	body := make([]byte, 0, len(list.Plain.Body))
	body = append(body, '[')
	for i, item := range list.Items {
		if i > 0 {
			body = append(body, ',')
		}
		body = append(body, "\n  "...)
		if photos[i].ID != i+1 {
			body = append(body, item...)
			continue
		}
		from := 0
		for k, m := range catalog.Members(item) {
			if m.Name != id {
				continue
			}
			if k == 0 { // the id and the separator after it go
				rest := item[m.End:]
				cut := m.End + len(rest) - len(bytes.TrimLeft(rest, ", \n"))
				body = append(body, item[:m.Start]...)
				from = cut
			} else { // the separator before it goes
				prev := bytes.TrimRight(item[:m.Start], ", \n")
				body = append(body, prev...)
				from = m.End
			}
			break
		}
		body = append(body, item[from:]...)
	}
	if len(list.Items) > 0 {
		body = append(body, '\n')
	}
	return append(body, "]\n"...)
}
