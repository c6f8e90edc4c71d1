package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"hash/crc64"
	"strconv"
)

// encoded is the list of photos as JSON, made once per version and then shared by
// every request: the whole array with its gzip form, and where each photo lies in it.
type encoded struct {
	plain payload
	gzip  payload
	items [][]byte // each element of plain.body, to join the answers of filtered queries
	count []string // the X-Total-Count header of the whole list
}

// payload is a body ready to send, with the headers that describe it made once.
type payload struct {
	body   []byte
	etag   []string // the ETag header: strong, from the bytes
	length []string // the Content-Length header
}

var crcTable = crc64.MakeTable(crc64.ECMA)

// newPayload describes body; suffix tells apart the ETags of two forms of one body.
func newPayload(body []byte, suffix string) payload {
	etag := `"` + strconv.FormatUint(crc64.Checksum(body, crcTable), 16) + suffix + `"`
	return payload{body: body, etag: []string{etag}, length: []string{strconv.Itoa(len(body))}}
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

func (e *encoder) add(p *Photo) {
	if len(e.spans) > 0 {
		e.body.WriteByte(',')
	}
	e.body.WriteString("\n  ")
	start := e.body.Len()
	_ = e.json.Encode(p)              // a Photo holds only texts and numbers: it always encodes
	e.body.Truncate(e.body.Len() - 1) // the newline Encode ends with
	e.spans = append(e.spans, [2]int{start, e.body.Len()})
	if e.body.Len()-e.zipped >= 64<<10 {
		_, _ = e.zw.Write(e.body.Bytes()[e.zipped:]) // writes to a bytes.Buffer do not fail
		e.zipped = e.body.Len()
	}
}

func (e *encoder) finish() *encoded {
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
	return &encoded{
		plain: newPayload(body, ""),
		gzip:  newPayload(e.gz.Bytes(), "-gzip"),
		items: items,
		count: []string{strconv.Itoa(len(items))},
	}
}

// photoJSON turns one element of the list into a top-level JSON document.
func photoJSON(item []byte) []byte {
	out := bytes.ReplaceAll(item, []byte("\n  "), []byte("\n"))
	return append(out, '\n')
}

// member is where one field of an encoded photo lies: from its name to the end of its value.
type member struct {
	name              string
	start, value, end int // offsets of the name's quote, of the value, and just after it
}

// members lists the fields of one encoded photo (a JSON object), in order.
func members(obj []byte) []member {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	var out []member
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
		out = append(out, member{name: key, start: start, value: end - len(raw), end: end})
	}
	return out
}
