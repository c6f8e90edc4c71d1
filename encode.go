package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/crc64"
	"strconv"
)

// encoded is the list of photos as JSON: the whole array, each photo's element,
// and the gzip form, made once per version and then shared by every request.
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

func newPayload(body []byte, suffix string) payload {
	etag := fmt.Sprintf(`"%016x%s"`, crc64.Checksum(body, crcTable), suffix)
	return payload{body: body, etag: []string{etag}, length: []string{strconv.Itoa(len(body))}}
}

// encode writes photos as a JSON array indented with two spaces, with its gzip form.
func encode(ps []Photo) *encoded {
	e := newEncoder(len(ps))
	for i := range ps {
		e.add(&ps[i])
	}
	return e.finish()
}

// encoder builds the encoded list one photo at a time, so that it can follow go-faker
// while it makes the photos. encoding/json writes each photo compactly (so a field a
// student adds to Photo is sent too), indentJSON lays it out, and gzip takes the
// bytes as they come.
type encoder struct {
	body    []byte
	spans   [][2]int // where each element of body starts and ends
	compact bytes.Buffer
	json    *json.Encoder
	gz      bytes.Buffer
	zw      *gzip.Writer
	zipped  int // how much of body gzip has taken
}

func newEncoder(n int) *encoder {
	e := &encoder{body: make([]byte, 0, n*440+8), spans: make([][2]int, 0, n)}
	e.json = json.NewEncoder(&e.compact)
	e.json.SetEscapeHTML(false)
	e.zw, _ = gzip.NewWriterLevel(&e.gz, gzip.BestSpeed) // the level is valid
	e.body = append(e.body, '[')
	return e
}

func (e *encoder) add(p *Photo) {
	if len(e.spans) > 0 {
		e.body = append(e.body, ',')
	}
	e.body = append(e.body, "\n  "...)
	e.compact.Reset()
	_ = e.json.Encode(p) // a Photo holds only strings and numbers: it always encodes
	start := len(e.body)
	e.body = indentJSON(e.body, bytes.TrimSuffix(e.compact.Bytes(), []byte("\n")), "  ")
	e.spans = append(e.spans, [2]int{start, len(e.body)})
	if len(e.body)-e.zipped >= 64<<10 {
		_, _ = e.zw.Write(e.body[e.zipped:]) // writes to a bytes.Buffer do not fail
		e.zipped = len(e.body)
	}
}

func (e *encoder) finish() *encoded {
	if len(e.spans) == 0 {
		e.body = append(e.body, "]\n"...)
	} else {
		e.body = append(e.body, "\n]\n"...)
	}
	_, _ = e.zw.Write(e.body[e.zipped:])
	_ = e.zw.Close()
	items := make([][]byte, len(e.spans))
	for i, s := range e.spans {
		items[i] = e.body[s[0]:s[1]:s[1]]
	}
	return &encoded{
		plain: newPayload(e.body, ""),
		gzip:  newPayload(e.gz.Bytes(), "-gzip"),
		items: items,
		count: []string{strconv.Itoa(len(items))},
	}
}

// indentJSON appends the compact JSON value src to dst as json.Indent(dst, src,
// prefix, "  ") would, in one simple pass.
func indentJSON(dst, src []byte, prefix string) []byte {
	depth, inString := 0, false
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, "  "...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			dst = append(dst, c)
			if c == '\\' && i+1 < len(src) {
				i++
				dst = append(dst, src[i])
			} else if c == '"' {
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				i++
				dst = append(dst, src[i]) // empty: {} and [] stay on one line
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// joinItems writes the chosen elements as one indented JSON array.
func joinItems(items [][]byte, chosen []int) []byte {
	if len(chosen) == 0 {
		return []byte("[]\n")
	}
	n := 4
	for _, i := range chosen {
		n += len(items[i]) + 4
	}
	out := make([]byte, 0, n)
	out = append(out, "[\n"...)
	for k, i := range chosen {
		if k > 0 {
			out = append(out, ",\n"...)
		}
		out = append(out, "  "...)
		out = append(out, items[i]...)
	}
	return append(out, "\n]\n"...)
}

// photoJSON turns one element of the list into a top-level JSON document.
func photoJSON(item []byte) []byte {
	out := bytes.ReplaceAll(item, []byte("\n  "), []byte("\n"))
	return append(out, '\n')
}
