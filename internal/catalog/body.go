package catalog

import (
	"bytes"
	"slices"
)

// SmallBody is the size up to which an answer made for one request is made whole in
// memory, to get an ETag and gzip; a bigger one is written as it is made, without them,
// so that many at once cannot fill the memory.
const SmallBody = 1 << 20

// Body is the JSON array of the chosen photos of C, as View sees them (see View); with
// Paging, json-server 1's object around them, the photos in its data.
type Body struct {
	C      *Catalog
	Chosen []int
	View   View
	Paging *Paging
}

// Size is the length of the body.
func (b Body) Size() int {
	if b.Paging != nil {
		return b.pagedSize()
	}
	if len(b.Chosen) == 0 {
		return len("[]\n")
	}
	n := len("[\n") + len("\n]\n") + (len(b.Chosen)-1)*len(",\n")
	for _, i := range b.Chosen {
		n += len("  ") + b.C.ItemSize(i, b.View)
	}
	return n
}

// AppendTo appends the chosen photos from the k-th on to dst, until dst holds at least
// limit bytes, and returns it with the position of the next photo to write.
func (b Body) AppendTo(dst []byte, k, limit int) ([]byte, int) {
	if b.Paging != nil {
		return b.appendPaged(dst, k, limit)
	}
	if len(b.Chosen) == 0 {
		return append(dst, "[]\n"...), 1
	}
	for ; k < len(b.Chosen) && len(dst) < limit; k++ {
		if k == 0 {
			dst = append(dst, "[\n  "...)
		} else {
			dst = append(dst, ",\n  "...)
		}
		dst = b.C.AppendItem(dst, b.Chosen[k], b.View)
	}
	if k == len(b.Chosen) {
		dst = append(dst, "\n]\n"...)
	}
	return dst, k
}

// The photos of json-server 1's object are one level deeper than in the list: each
// line of their elements, encoded once for the list, gets two more spaces, so that the
// object is what encoding/json writes.

// pagedSize is Size with Paging.
func (b Body) pagedSize() int {
	n := len(b.Paging.appendHead(make([]byte, 0, 128)))
	if len(b.Chosen) == 0 {
		return n + len("[]\n}\n")
	}
	n += len("[\n") + len("\n  ]\n}\n") + (len(b.Chosen)-1)*len(",\n")
	for _, i := range b.Chosen {
		n += len("    ") + b.C.ItemSize(i, b.View) + 2*bytes.Count(b.C.list.Items[i], newline)
	}
	return n
}

// appendPaged is AppendTo with Paging.
func (b Body) appendPaged(dst []byte, k, limit int) ([]byte, int) {
	if k == 0 {
		dst = b.Paging.appendHead(dst)
	}
	if len(b.Chosen) == 0 {
		return append(dst, "[]\n}\n"...), 1
	}
	for first := k; k < len(b.Chosen) && (k == first || len(dst) < limit); k++ { // one photo at least: the head may be over limit
		if k == 0 {
			dst = append(dst, "[\n    "...)
		} else {
			dst = append(dst, ",\n    "...)
		}
		start := len(dst)
		dst = indentMore(b.C.AppendItem(dst, b.Chosen[k], b.View), start)
	}
	if k == len(b.Chosen) {
		dst = append(dst, "\n  ]\n}\n"...)
	}
	return dst, k
}

var newline = []byte{'\n'}

// indentMore puts two more spaces after each newline of dst[start:].
func indentMore(dst []byte, start int) []byte {
	n := bytes.Count(dst[start:], newline)
	if n == 0 {
		return dst
	}
	end := len(dst)
	dst = slices.Grow(dst, 2*n)[:end+2*n]
	w := len(dst)
	for r := end - 1; r >= start; r-- { // from the end, so that each byte moves once
		if dst[r] == '\n' {
			w -= 2
			dst[w], dst[w+1] = ' ', ' '
		}
		w--
		dst[w] = dst[r]
	}
	return dst
}
