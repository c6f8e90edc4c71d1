package photo

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"

	"photoserver/internal/program"
)

// Code is what the students' files give the engine, as their program prints it (see
// internal/program): the schema of their Photo type, the list of photos.go and a way to
// make photos with fakePhoto of fake.go. It is made by CodeOf in the server's own
// process at its first start, and by ReadCode from a program built after a save.
type Code struct {
	Schema *Schema
	list   [][]byte // the photos of the list, as the program printed them: decoded again at each List
	fake   Faker
}

// Faker makes photos 1 to n of fakePhoto for seed and hands each record to each, in
// order, stopping at the first error each returns, or when ctx is done. A panic of
// fakePhoto is a *CallError; a program that stops before the last photo is an error
// that says why.
type Faker func(ctx context.Context, n int, seed int64, each func(Photo) error) error

// CodeOf reads the students' code in this process: photos is the list of photos.go,
// fakePhoto the maker of fake.go (nil when there is none). Their photos go through the
// same writing and reading as a program's (program.WriteList and program.Reader), so
// that every photo the engine holds comes the same way. The error is a *SchemaError
// when the Photo type cannot be served (it names the field of photos.go to change), or
// a *CallError when writing the list panics.
func CodeOf[P any](photos []P, fakePhoto func(n int, seed int64) P) (Code, error) {
	var out bytes.Buffer
	if err := program.WriteList(&out, photos); err != nil {
		// A type encoding/json cannot write (a func field): its S line is written, and
		// the schema says it at its field.
		if _, serr := ReadCode(program.NewReader(bytes.NewReader(out.Bytes()), "")); errors.As(serr, new(*SchemaError)) {
			return Code{}, serr
		}
		return Code{}, err
	}
	code, err := ReadCode(program.NewReader(bytes.NewReader(out.Bytes()), ""))
	if err != nil || fakePhoto == nil {
		return code, err
	}
	code.fake = func(ctx context.Context, n int, seed int64, each func(Photo) error) error {
		pr, pw := io.Pipe()
		go func() {
			w := bufio.NewWriterSize(pw, 64<<10)
			err := program.WriteFake(w, fakePhoto, n, seed)
			if err == nil {
				err = w.Flush()
			}
			pw.CloseWithError(err)
		}()
		defer pr.Close() // a writer still at work stops at its next photo
		return code.Schema.ReadPhotos(ctx, program.NewReader(pr, ""), each)
	}
	return code, nil
}

// ReadCode reads the output of a program asked for its list ("list"): the schema of its
// Photo type and its photos. The error is a *SchemaError when the type cannot be
// served, a *CallError when the list panicked as it was written, or the reader's.
func ReadCode(r *program.Reader) (Code, error) {
	t, _, err := r.Shape()
	if err != nil {
		return Code{}, readError(err)
	}
	s, err := Of(t)
	if err != nil {
		return Code{}, err
	}
	list := [][]byte{}
	for {
		_, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Code{Schema: s}, readError(err)
		}
		list = append(list, r.Photo())
	}
	return Code{Schema: s, list: list}, nil
}

// WithFake is c with fake as its maker of photos.
func (c Code) WithFake(fake Faker) Code {
	c.fake = fake
	return c
}

// List returns the list of photos.go as records, each a copy of its own: the engine
// numbers them without touching another's.
func (c Code) List() []Photo {
	if c.list == nil {
		return nil
	}
	list := make([]Photo, len(c.list))
	for i, raw := range c.list {
		v, _ := program.Decode(c.Schema.Type, raw) // decoded once already, by ReadCode
		list[i] = c.Schema.Record(v)
	}
	return list
}

// Fake makes photos 1 to n with fake.go's fakePhoto (see Faker and CanFake).
func (c Code) Fake(ctx context.Context, n int, seed int64, each func(Photo) error) error {
	return c.fake(ctx, n, seed, each)
}

// CanFake reports whether the code has a fakePhoto.
func (c Code) CanFake() bool { return c.fake != nil }

// ReadPhotos reads the photos of r, whose shape is s's type, and hands each record to
// each, in order, until the D line; see Faker for the errors.
func (s *Schema) ReadPhotos(ctx context.Context, r *program.Reader, each func(Photo) error) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		v, err := r.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return readError(err)
		}
		if v.Type().Elem() != s.Type {
			return errors.New("photo: the program printed photos of another type")
		}
		if err := each(s.Record(v)); err != nil {
			return err
		}
	}
}

// readError turns a program's panic into a *CallError.
func readError(err error) error {
	var pan *program.Panic
	if errors.As(err, &pan) {
		return callError(pan)
	}
	return err
}
