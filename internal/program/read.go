package program

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
)

// MaxLine is the longest line Read takes: one photo of a few texts is a few hundred
// bytes.
const MaxLine = 1 << 20

// Incomplete is the error of an output that ends before its D line: the program
// stopped (its exit status says why), or printed a line that is not of this format.
type Incomplete struct {
	Line   int    // the line of the output where it went wrong, from 1
	Reason string // "ended", "too long", or the line's own mistake
}

func (e *Incomplete) Error() string {
	return fmt.Sprintf("program output, line %d: %s", e.Line, e.Reason)
}

// Reader reads what a program prints (see the package's comment).
type Reader struct {
	lines *bufio.Scanner
	token string // the B line to wait for; "" for an output without one (Write's, in this process)
	line  int
	shape Type
	typ   reflect.Type
	count int
	photo []byte // the JSON of the last photo read
}

// Photo returns a copy of the JSON of the last photo Next returned.
func (r *Reader) Photo() []byte { return bytes.Clone(r.photo) }

// Decode decodes the JSON of a photo into a new value of t, the rebuilt Photo type,
// and returns a pointer to it. A number in a field of type any is kept as written
// (json.Number), not rounded to a float64.
func Decode(t reflect.Type, raw []byte) (reflect.Value, error) {
	v := reflect.New(t)
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	return v, d.Decode(v.Interface())
}

// NewReader reads the output r of a program started with token (see Main); token ""
// reads what WriteList or WriteFake wrote, which has no B line.
func NewReader(r io.Reader, token string) *Reader {
	lines := bufio.NewScanner(r)
	lines.Buffer(make([]byte, 0, 64<<10), MaxLine)
	return &Reader{lines: lines, token: token}
}

// next returns the next line of the output.
func (r *Reader) next() ([]byte, error) {
	if !r.lines.Scan() {
		reason := "ended"
		if errors.Is(r.lines.Err(), bufio.ErrTooLong) {
			reason = "too long"
		}
		return nil, &Incomplete{Line: r.line + 1, Reason: reason}
	}
	r.line++
	return r.lines.Bytes(), nil
}

// Shape reads the output up to its S line and returns the Photo type it describes,
// rebuilt (see Type.Go), and the shape itself. An E line there (the list of photos.go
// that panics as it is written) is a *Panic.
func (r *Reader) Shape() (reflect.Type, Type, error) {
	if r.token != "" {
		for {
			b, err := r.next()
			if err != nil {
				return nil, Type{}, err
			}
			if string(b) == "B "+r.token {
				break
			} // what the students' code printed before main: not ours
		}
	}
	b, err := r.next()
	if err != nil {
		return nil, Type{}, err
	}
	rest, ok := bytes.CutPrefix(b, []byte("S "))
	if !ok {
		return nil, Type{}, &Incomplete{Line: r.line, Reason: "no shape"}
	}
	if err := json.Unmarshal(rest, &r.shape); err != nil {
		return nil, Type{}, &Incomplete{Line: r.line, Reason: "shape: " + err.Error()}
	}
	r.typ, err = r.shape.Go()
	return r.typ, r.shape, err
}

// Next returns the next photo, decoded into a new value of the rebuilt type (a pointer
// to it), with its line in the output; io.EOF after the D line; a *Panic for an E line;
// an *Incomplete when the output ends, or goes wrong, before the D line.
func (r *Reader) Next() (reflect.Value, error) {
	if r.typ == nil {
		if _, _, err := r.Shape(); err != nil {
			return reflect.Value{}, err
		}
	}
	b, err := r.next()
	if err != nil {
		return reflect.Value{}, err
	}
	kind, rest, _ := bytes.Cut(b, []byte(" "))
	switch string(kind) {
	case "P":
		v, err := Decode(r.typ, rest)
		if err != nil {
			return reflect.Value{}, &Incomplete{Line: r.line, Reason: "photo: " + err.Error()}
		}
		r.count++
		r.photo = rest
		return v, nil
	case "E":
		pan := new(Panic)
		if err := json.Unmarshal(rest, pan); err != nil {
			return reflect.Value{}, &Incomplete{Line: r.line, Reason: "panic: " + err.Error()}
		}
		return reflect.Value{}, pan
	case "D":
		if n, err := strconv.Atoi(string(rest)); err != nil || n != r.count {
			return reflect.Value{}, &Incomplete{Line: r.line, Reason: "a count that is not the photos'"}
		}
		return reflect.Value{}, io.EOF
	}
	return reflect.Value{}, &Incomplete{Line: r.line, Reason: "a line of no kind"}
}

func (p *Panic) Error() string {
	if p.Where != "" {
		return p.Where + ": panic: " + p.Value
	}
	return "panic: " + p.Value
}
