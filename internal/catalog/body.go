package catalog

// SmallBody is the size up to which an answer made for one request is made whole in
// memory, to get an ETag and gzip; a bigger one is written as it is made, without them,
// so that many at once cannot fill the memory.
const SmallBody = 1 << 20

// Body is the JSON array of the chosen photos of C, as View sees them (see View).
type Body struct {
	C      *Catalog
	Chosen []int
	View   View
}

// Size is the length of the body.
func (b Body) Size() int {
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
