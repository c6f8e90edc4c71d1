package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc64"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// maxDataFile is the largest data file the server reads.
const maxDataFile = 32 << 20

// knownFields are the fields of a photo in a data file.
var knownFields = []string{"id", "url", "title", "description", "keyword"}

// decodePhotos reads the photos of a data file: a JSON array shaped like the answer of
// GET /photos, or an object with a "photos" array (json-server's db.json). name is the
// file's name for the messages. The error is what keeps the file from being served;
// warnings are what is served anyway, each naming the photo.
func decodePhotos(name string, content []byte) (list []Photo, warnings []string, err error) {
	if len(content) > maxDataFile {
		return nil, nil, fmt.Errorf("%s is %d MB, more than the %d MB this server reads: keep fewer photos in it", name, len(content)>>20, maxDataFile>>20)
	}
	at := func(offset int64, format string, args ...any) string {
		line, col := lineCol(content, offset)
		return fmt.Sprintf("%s line %d, column %d: %s", name, line, col, fmt.Sprintf(format, args...))
	}
	if len(bytes.TrimSpace(content)) == 0 {
		return nil, nil, fmt.Errorf("%s is empty: it should hold a list of photos, [ ... ] (is it still being saved?)", name)
	}
	var syntax *json.SyntaxError
	if err := json.Unmarshal(content, new(json.RawMessage)); errors.As(err, &syntax) {
		return nil, nil, errors.New(at(syntax.Offset-1, "%s", plainSyntaxError(syntax, content)))
	} else if err != nil {
		return nil, nil, fmt.Errorf("%s cannot be read: %v", name, err)
	}

	dec := json.NewDecoder(bytes.NewReader(content))
	first, _ := dec.Token() // the content is valid JSON: tokens cannot fail
	notAList := fmt.Errorf("%s must hold a list of photos, [ {...}, {...} ], or an object with a \"photos\" list", name)
	if first == json.Delim('{') {
		found := false
		for dec.More() {
			key, _ := dec.Token()
			if key == "photos" {
				found = true
				break
			}
			_ = dec.Decode(new(json.RawMessage))
		}
		if !found {
			return nil, nil, notAList
		}
		first, _ = dec.Token()
	}
	if first != json.Delim('[') {
		return nil, nil, notAList
	}
	for i := 0; dec.More(); i++ {
		var raw json.RawMessage
		_ = dec.Decode(&raw)
		start := dec.InputOffset() - int64(len(raw))
		if raw[0] != '{' {
			return nil, nil, errors.New(at(start, "photo %d must be written between { and }, like the others", i+1))
		}
		var p Photo
		var typeErr *json.UnmarshalTypeError
		if err := json.Unmarshal(raw, &p); errors.As(err, &typeErr) {
			where := typeErr.Offset - 1
			if k := bytes.Index(raw, []byte(`"`+typeErr.Field+`"`)); typeErr.Field != "" && k >= 0 {
				where = int64(k) // point at the field's name
			}
			return nil, nil, errors.New(at(start+where, "photo %d: %s", i+1, plainTypeError(typeErr)))
		} else if err != nil {
			return nil, nil, errors.New(at(start, "photo %d cannot be read: %v", i+1, err))
		}
		var fields map[string]json.RawMessage
		_ = json.Unmarshal(raw, &fields)
		label := photoLabel(i, p)
		line, _ := lineCol(content, start)
		meant := map[string]bool{}
		for _, key := range slices.Sorted(maps.Keys(fields)) {
			if isKnownField(key) {
				continue
			}
			keyLine := line
			if k := bytes.Index(raw, []byte(`"`+key+`"`)); k >= 0 {
				keyLine, _ = lineCol(content, start+int64(k))
			}
			hint, nearest := didYouMean(key)
			meant[nearest] = true
			warnings = append(warnings, fmt.Sprintf("%s line %d: %s: unknown field %q is ignored: %s", name, keyLine, label, key, hint))
		}
		for _, f := range []struct{ name, value string }{{"title", p.Title}, {"description", p.Description}, {"keyword", p.Keyword}, {"url", p.URL}} {
			if strings.TrimSpace(f.value) == "" && !meant[f.name] {
				warnings = append(warnings, fmt.Sprintf("%s line %d: %s has no %s: write one, \"%s\": \"...\"", name, line, label, f.name, f.name))
			}
		}
		list = append(list, p)
	}
	numbered, err := numberPhotos(list)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return numbered, warnings, nil
}

// photoLabel names a photo in a message: its position, then its title.
func photoLabel(i int, p Photo) string {
	if strings.TrimSpace(p.Title) == "" {
		return fmt.Sprintf("photo %d", i+1)
	}
	return fmt.Sprintf("photo %d (%q)", i+1, p.Title)
}

func isKnownField(key string) bool {
	for _, f := range knownFields {
		if strings.EqualFold(f, key) {
			return true
		}
	}
	return false
}

// didYouMean suggests the known field nearest to key, when one is near enough.
func didYouMean(key string) (hint, nearest string) {
	best, dist := "", 1<<30
	for _, f := range knownFields {
		if d := editDistance(strings.ToLower(key), f); d < dist {
			best, dist = f, d
		}
	}
	if dist <= max(2, len(best)/3) {
		return fmt.Sprintf("did you mean %q?", best), best
	}
	return "a photo has the fields " + strings.Join(knownFields, ", "), ""
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// lineCol turns a byte offset into a line and a column, both counted from 1.
func lineCol(content []byte, offset int64) (line, col int) {
	offset = max(0, min(offset, int64(len(content))))
	before := content[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = len([]rune(string(before[bytes.LastIndexByte(before, '\n')+1:]))) + 1
	return line, col
}

// plainSyntaxError says in plain words what is wrong at a JSON syntax error.
func plainSyntaxError(e *json.SyntaxError, content []byte) string {
	msg := e.Error()
	var ch string
	if e.Offset > 0 && e.Offset <= int64(len(content)) {
		ch = string(content[e.Offset-1])
	}
	switch {
	case strings.Contains(msg, "unexpected end of JSON input"):
		return "the file ends too early: a ] or a } is missing at the end (or the file is still being saved)"
	case strings.Contains(msg, "after object key:value pair"):
		return "a comma is missing after the previous field, or a } to close the photo"
	case strings.Contains(msg, "after array element"):
		return "a comma is missing between two photos, or the ] that closes the list"
	case strings.Contains(msg, "after object key"):
		return "a colon : is missing after the field name"
	case strings.Contains(msg, "looking for beginning of object key string"):
		if ch == "}" {
			return "remove the comma before this }: the last field of a photo has no comma after it"
		}
		return "a field name must be written in double quotes, such as \"title\""
	case strings.Contains(msg, "looking for beginning of value"):
		if ch == "]" {
			return "remove the comma before this ]: the last photo has no comma after it"
		}
		if ch == "'" {
			return "texts are written in double quotes \" \", not single quotes"
		}
		return "a value is missing here, or a text is not in double quotes"
	case strings.Contains(msg, "in string literal"):
		return "a text is not closed: a \" is missing before the end of the line"
	case strings.Contains(msg, "after top-level value"):
		return "there is something after the end of the list: remove it"
	}
	return msg
}

// plainTypeError says in plain words which field has a value of the wrong kind.
func plainTypeError(e *json.UnmarshalTypeError) string {
	field := e.Field
	if i := strings.LastIndexByte(field, '.'); i >= 0 {
		field = field[i+1:]
	}
	if strings.EqualFold(field, "id") {
		return fmt.Sprintf("\"id\" must be a whole number without quotes, such as \"id\": 3 (it is a %s)", e.Value)
	}
	return fmt.Sprintf("%q must be a text in double quotes, such as %q: \"...\" (it is a %s)", field, field, e.Value)
}

// dataFile follows a data file: the server serves its photos and reloads them when
// the file changes, keeping the last good photos while a save does not parse.
type dataFile struct {
	path    string
	name    string // how messages call the file
	offline bool
	st      *store
	log     *requestLog

	seen     os.FileInfo // the file as it was at the last read
	sum      uint64      // checksum of the content last read
	reported uint64      // checksum of the last content whose error was said
	missing  int         // how many looks in a row found no file
}

// createDataFile writes body, the list as GET /photos sends it, to path so that the
// student has a file to edit. It writes a new file and renames it, so a reader never
// sees half of it.
func createDataFile(path string, body []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".photos-*.json")
	if err != nil {
		return fmt.Errorf("cannot create %s (%w): choose a folder where you can write", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(body); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot create %s: %w", path, err)
	}
	return nil
}

// load reads the file at start-up: a file that cannot be served is an error.
func (d *dataFile) load() (*catalog, []string, error) {
	info, content, err := d.read()
	if err != nil {
		return nil, nil, err
	}
	c, warnings, err := d.decode(content)
	if err != nil {
		return nil, nil, err
	}
	d.seen, d.sum = info, crc64.Checksum(content, crcTable)
	d.st.replace(c)
	return c, warnings, nil
}

func (d *dataFile) read() (os.FileInfo, []byte, error) {
	f, err := os.Open(d.path)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read %s: %w", d.name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read %s: %w", d.name, err)
	}
	content, err := io.ReadAll(io.LimitReader(f, maxDataFile+1))
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read %s: %w", d.name, err)
	}
	return info, content, nil
}

func (d *dataFile) decode(content []byte) (*catalog, []string, error) {
	list, warnings, err := decodePhotos(d.name, content)
	if err != nil {
		return nil, nil, err
	}
	c, err := newCatalog(list, d.offline)
	return c, warnings, err
}

// contentCheckLimit: when size and modification time are unchanged, files up to this
// size are still read and compared, since a file system may keep whole seconds only.
const contentCheckLimit = 1 << 20

// poll looks at the file once and serves its new content when it changed and parses.
func (d *dataFile) poll(now time.Time) {
	info, err := os.Stat(d.path)
	if err != nil {
		// While an editor replaces the file it may be missing for a moment: only a file
		// still missing at the next look is reported, once.
		if d.missing++; d.missing == 2 {
			d.log.printf("cannot read %s (%v); the last good photos are still served: save the file again", d.name, err)
		}
		return
	}
	d.missing = 0
	same := d.seen != nil && os.SameFile(info, d.seen) && info.Size() == d.seen.Size() && info.ModTime().Equal(d.seen.ModTime())
	if same && info.Size() > contentCheckLimit && now.Sub(info.ModTime()) > 5*time.Second {
		return
	}
	info, content, err := d.read()
	if err != nil {
		return
	}
	sum := crc64.Checksum(content, crcTable)
	d.seen = info
	if sum == d.sum || sum == d.reported {
		return
	}
	c, warnings, err := d.decode(content)
	if err != nil {
		if sum != d.reported {
			d.reported = sum
			d.log.printf("%v; the last good photos are still served", err)
		}
		return
	}
	d.sum, d.reported = sum, 0
	d.st.replace(c)
	for _, w := range warningLines(warnings) {
		d.log.printf("%s", w)
	}
	d.log.printf("reloaded: %d photos from %s", len(c.photos), d.name)
}

// pollInterval is how often the data file is looked at: a save is served within it.
const pollInterval = 250 * time.Millisecond

// maxWarnings is how many warnings are shown one by one; a student fixes those first.
const maxWarnings = 5

// warningLines turns warnings into log lines, the first few in full.
func warningLines(warnings []string) []string {
	var lines []string
	for i, w := range warnings {
		if i == maxWarnings {
			lines = append(lines, fmt.Sprintf("warning: %d more warnings like these: fix the ones above first", len(warnings)-maxWarnings))
			break
		}
		lines = append(lines, "warning: "+w)
	}
	return lines
}
