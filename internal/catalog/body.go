package catalog

import (
	"bytes"
	"context"
	"io"
	"slices"
)

// Answer is what a query gets from a catalog: the chosen photos as JSON, as a view sees
// them, and how many matched before the part was cut. The whole list comes ready to
// send (Whole); any other answer is made when asked for, whole (AppendTo) or in pieces
// (WriteTo).
type Answer struct {
	Total int    // how many photos matched, before the part was cut
	Whole *Whole // the whole list, made once (per base when urls are rewritten); nil for another answer
	body  body
}

// Answer chooses the photos q asks for, as v sees them.
func (c *Catalog) Answer(q Query, v View) Answer {
	a, _ := c.AnswerContext(context.Background(), q, v)
	return a
}

// AnswerContext is Answer for a request: it stops early with ctx's error once ctx is
// done, while it chooses the photos (MatchContext).
func (c *Catalog) AnswerContext(ctx context.Context, q Query, v View) (Answer, error) {
	if !q.All() {
		chosen, total, err := c.MatchContext(ctx, q)
		if err != nil {
			return Answer{}, err
		}
		return Answer{Total: total, body: body{c: c, chosen: chosen, view: v, paging: q.Paging(total)}}, nil
	}
	a := Answer{Total: len(c.photos)}
	switch {
	case v.Base == "" || !c.Rewrites(v.Offline):
		a.Whole = &c.list.Whole
	case v.Keep:
		a.Whole = c.whole(v)
	}
	if a.Whole == nil {
		a.body = body{c: c, chosen: c.All(), view: v}
	}
	return a, nil
}

// Size is the length of the answer's JSON.
func (a Answer) Size() int {
	if a.Whole != nil {
		return len(a.Whole.Plain.Body)
	}
	return a.body.Size()
}

// Bytes returns the answer's JSON whole, with its checksum, when it is at most max
// bytes long; ok is false for a longer one, to write in pieces (WriteTo).
func (a Answer) Bytes(max int) (b Bytes, ok bool) {
	if a.Whole != nil {
		return a.Whole.Plain, len(a.Whole.Plain.Body) <= max
	}
	size := a.body.Size()
	if size > max {
		return Bytes{}, false
	}
	return NewBytes(a.body.AppendTo(make([]byte, 0, size))), true
}

// WriteTo writes the answer's JSON to w in pieces of some kB, so that a big answer is
// never whole in memory.
func (a Answer) WriteTo(w io.Writer) (int64, error) {
	if a.Whole != nil {
		n, err := w.Write(a.Whole.Plain.Body)
		return int64(n), err
	}
	var written int64
	buf := make([]byte, 0, 64<<10)
	for k := 0; k < max(len(a.body.chosen), 1); {
		buf, k = a.body.appendFrom(buf[:0], k, 32<<10)
		n, err := w.Write(buf)
		written += int64(n)
		if err != nil {
			return written, err
		}
	}
	return written, nil
}

// body is the JSON array of the chosen photos of c, as view sees them; with paging,
// json-server 1's object around them, the photos in its data.
type body struct {
	c      *Catalog
	chosen []int
	view   View
	paging *Paging
}

// Size is the length of the body.
func (b body) Size() int {
	if b.paging != nil {
		return b.pagedSize()
	}
	if len(b.chosen) == 0 {
		return len("[]\n")
	}
	n := len("[\n") + len("\n]\n") + (len(b.chosen)-1)*len(",\n")
	for _, i := range b.chosen {
		n += len("  ") + b.c.ItemSize(i, b.view)
	}
	return n
}

// AppendTo appends the whole body to dst.
func (b body) AppendTo(dst []byte) []byte {
	dst, _ = b.appendFrom(dst, 0, -1)
	return dst
}

// appendFrom appends the chosen photos from the k-th on to dst, until dst holds at
// least limit bytes (-1: all of them), and returns it with the position of the next
// photo to write.
func (b body) appendFrom(dst []byte, k, limit int) ([]byte, int) {
	if limit < 0 {
		limit = int(^uint(0) >> 1)
	}
	if b.paging != nil {
		return b.appendPaged(dst, k, limit)
	}
	if len(b.chosen) == 0 {
		return append(dst, "[]\n"...), 1
	}
	for ; k < len(b.chosen) && len(dst) < limit; k++ {
		if k == 0 {
			dst = append(dst, "[\n  "...)
		} else {
			dst = append(dst, ",\n  "...)
		}
		dst = b.c.AppendItem(dst, b.chosen[k], b.view)
	}
	if k == len(b.chosen) {
		dst = append(dst, "\n]\n"...)
	}
	return dst, k
}

// The photos of json-server 1's object are one level deeper than in the list: each
// line of their elements, encoded once for the list, gets two more spaces, so that the
// object is what encoding/json writes.

// pagedSize is Size with Paging.
func (b body) pagedSize() int {
	n := len(b.paging.appendHead(make([]byte, 0, 128)))
	if len(b.chosen) == 0 {
		return n + len("[]\n}\n")
	}
	n += len("[\n") + len("\n  ]\n}\n") + (len(b.chosen)-1)*len(",\n")
	for _, i := range b.chosen {
		n += len("    ") + b.c.ItemSize(i, b.view) + 2*bytes.Count(b.c.list.Items[i], newline)
	}
	return n
}

// appendPaged is appendFrom with paging.
func (b body) appendPaged(dst []byte, k, limit int) ([]byte, int) {
	if k == 0 {
		dst = b.paging.appendHead(dst)
	}
	if len(b.chosen) == 0 {
		return append(dst, "[]\n}\n"...), 1
	}
	for first := k; k < len(b.chosen) && (k == first || len(dst) < limit); k++ { // one photo at least: the head may be over limit
		if k == 0 {
			dst = append(dst, "[\n    "...)
		} else {
			dst = append(dst, ",\n    "...)
		}
		start := len(dst)
		dst = indentMore(b.c.AppendItem(dst, b.chosen[k], b.view), start)
	}
	if k == len(b.chosen) {
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
