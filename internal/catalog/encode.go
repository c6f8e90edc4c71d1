package catalog

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"hash/crc64"
	"sync"

	"photoserver/internal/photo"
)

// Encoded is the list of photos as JSON, made once per version and then shared by
// every request: the whole array with its gzip form, and where each photo lies in it.
type Encoded struct {
	Whole
	Items [][]byte // each element of Plain.Body, to join the answers of filtered queries
}

// Whole is a whole list as JSON, ready to send: its bytes and their gzip form.
type Whole struct {
	Plain, Gzip Bytes
}

// Bytes are encoded bytes with their checksum (CRC-64): two with one sum are the same.
type Bytes struct {
	Body []byte
	Sum  uint64
}

// CRCTable is the table of the checksums that tell apart two lists, or two versions of a
// data file (CRC-64, ECMA).
var CRCTable = crc64.MakeTable(crc64.ECMA)

// NewBytes are body with its checksum.
func NewBytes(body []byte) Bytes {
	return Bytes{Body: body, Sum: crc64.Checksum(body, CRCTable)}
}

var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // the level is valid
	return zw
}}

// Gzip compresses body, at gzip's best speed.
func Gzip(body []byte) Bytes {
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	zw.Reset(&buf)
	_, _ = zw.Write(body) // writes to a bytes.Buffer do not fail
	_ = zw.Close()
	gzipWriters.Put(zw)
	return NewBytes(buf.Bytes())
}

// encoder writes the list one photo at a time, as encoding/json indents it (so a field
// a student adds to Photo is sent too), and gzips the bytes as they come: it can follow
// go-faker while it makes the photos.
type encoder struct {
	body   bytes.Buffer
	spans  [][2]int // where each element of body starts and ends
	json   *json.Encoder
	gz     bytes.Buffer
	zw     *gzip.Writer
	zipped int // how much of body gzip has taken
}

func newEncoder(n int) *encoder {
	e := &encoder{spans: make([][2]int, 0, n)}
	e.body.Grow(n*440 + 8)
	e.json = json.NewEncoder(&e.body)
	e.json.SetEscapeHTML(false)
	e.json.SetIndent("  ", "  ")
	e.zw, _ = gzip.NewWriterLevel(&e.gz, gzip.BestSpeed) // the level is valid
	e.body.WriteByte('[')
	return e
}

func (e *encoder) add(ph *photo.Photo) {
	if len(e.spans) > 0 {
		e.body.WriteByte(',')
	}
	e.body.WriteString("\n  ")
	start := e.body.Len()
	if err := e.json.Encode(ph.Value()); err != nil {
		e.body.WriteString("null\n") // a field json cannot write (a func, a channel): the list stays JSON
	}
	e.body.Truncate(e.body.Len() - 1) // the newline Encode ends with
	e.spans = append(e.spans, [2]int{start, e.body.Len()})
	if e.body.Len()-e.zipped >= 64<<10 {
		_, _ = e.zw.Write(e.body.Bytes()[e.zipped:]) // writes to a bytes.Buffer do not fail
		e.zipped = e.body.Len()
	}
}

func (e *encoder) finish() *Encoded {
	if len(e.spans) > 0 {
		e.body.WriteByte('\n')
	}
	e.body.WriteString("]\n")
	body := e.body.Bytes()
	_, _ = e.zw.Write(body[e.zipped:])
	_ = e.zw.Close()
	items := make([][]byte, len(e.spans))
	for i, s := range e.spans {
		items[i] = body[s[0]:s[1]:s[1]]
	}
	return &Encoded{Whole: Whole{Plain: NewBytes(body), Gzip: NewBytes(e.gz.Bytes())}, Items: items}
}

// PhotoJSON turns one element of the list into a top-level JSON document.
func PhotoJSON(item []byte) []byte {
	out := bytes.ReplaceAll(item, []byte("\n  "), []byte("\n"))
	return append(out, '\n')
}

// Member is where one field of an encoded photo lies: from its name to the end of its value.
type Member struct {
	Name              string
	Start, Value, End int // offsets of the name's quote, of the value, and just after it
}

// Members lists the fields of one encoded photo (a JSON object), in order.
func Members(obj []byte) []Member {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	var out []Member
	for dec.More() {
		start := int(dec.InputOffset())
		for start < len(obj) && (obj[start] == ',' || obj[start] == ' ' || obj[start] == '\n' || obj[start] == '\t' || obj[start] == '\r') {
			start++
		}
		name, err := dec.Token()
		if err != nil {
			return out
		}
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			return out
		}
		end := int(dec.InputOffset())
		key, _ := name.(string)
		out = append(out, Member{Name: key, Start: start, Value: end - len(raw), End: end})
	}
	return out
}
