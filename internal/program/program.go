// Package program is the students' code as a program that prints photos. The folder's
// package main without its main.go (photos.go, fake.go, and any .go file a student
// adds), built with a small generated main that calls Main, prints on its standard
// output, one line each:
//
//	B <token>             it begins (what the students' code printed before is not ours)
//	S {"kind":"struct"...} the shape of their Photo type (Type), as encoding/json sees it
//	P {"id":1,...}        a photo, as encoding/json writes it, one line per photo
//	E {"where":...}       fakePhoto or the list panicked (Panic), and nothing more follows
//	D 14                  done, with the number of photos printed
//
// Asked "list", it prints the list of photos.go; asked "fake N SEED", N photos of
// fakePhoto (fake.go) for SEED, streamed as they are made. The server reads it with
// Read, and at its first start it reads its own compiled photos through the same Write
// and Read, so that every photo it serves has come the same way. This package is linked
// into every such program: it depends on nothing of the engine, and on nothing of the
// standard library that a program printing JSON would not link anyway.
package program

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The environment of a program run by the server: TokenEnv says so (a program without
// it is not run by the server and says so), and the token of its B line is the first
// line of its standard input, which the students' code cannot read after this package
// has (nor forge a B line without it); MemoryEnv is its memory limit in bytes, TimeEnv
// its time limit in milliseconds, each enforced by the program itself as a second guard
// behind the server's.
const (
	TokenEnv  = "PHOTO_SERVER_PROGRAM"
	MemoryEnv = "PHOTO_SERVER_PROGRAM_MEMORY"
	TimeEnv   = "PHOTO_SERVER_PROGRAM_TIME"
)

// Exit codes of a program that stops itself: over its memory limit, over its time
// limit, or its server gone (its standard input closed).
const (
	ExitMemory = 3
	ExitTime   = 4
	ExitOrphan = 5
)

// Main is the main of the program built from the students' files: the generated main.go
// calls it with photos.go's list and fake.go's fakePhoto. Its command line is "list" or
// "fake N SEED". What the students' code prints on its standard output while it runs
// goes to the standard error, so that it cannot be taken for photos.
func Main[P any](photos []P, fakePhoto func(n int, seed int64) P) {
	if token == "" {
		fmt.Fprintln(os.Stderr, "This program is started by the photo server: type go run . in the project's folder. (Ce programme est lancé par le serveur de photos : tapez go run . dans le dossier du projet.)")
		os.Exit(2)
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	os.Stdout = os.Stderr
	fmt.Fprintf(out, "B %s\n", token)
	var err error
	switch args := os.Args[1:]; {
	case len(args) == 1 && args[0] == "list":
		err = WriteList(out, photos)
	case len(args) == 3 && args[0] == "fake":
		n, err1 := strconv.Atoi(args[1])
		seed, err2 := strconv.ParseInt(args[2], 10, 64)
		if err1 != nil || err2 != nil || n < 0 {
			fmt.Fprintln(os.Stderr, "usage: list | fake N SEED")
			os.Exit(2)
		}
		err = WriteFake(out, fakePhoto, n, seed)
	default:
		fmt.Fprintln(os.Stderr, "usage: list | fake N SEED")
		os.Exit(2)
	}
	if flushErr := out.Flush(); err == nil {
		err = flushErr
	}
	if err != nil { // what was written (the S line) is read, and says why if it can
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// init starts, in a program run by the server only, the guards that stop it by itself:
// over its memory limit, past its time limit, or when the server that started it is
// gone (its standard input, a pipe the server holds, closes), on every system. They
// start here, before the students' package-level variables are made, so that those are
// guarded too.
func init() {
	if os.Getenv(TokenEnv) == "" {
		return
	}
	in := bufio.NewReader(os.Stdin)
	line, _ := in.ReadString('\n')
	token = strings.TrimSpace(line)
	if ms, err := strconv.Atoi(os.Getenv(TimeEnv)); err == nil && ms > 0 {
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { os.Exit(ExitTime) })
	}
	if limit, err := strconv.ParseInt(os.Getenv(MemoryEnv), 10, 64); err == nil && limit > 0 {
		go watchMemory(uint64(limit))
	}
	go func() {
		_, _ = io.Copy(io.Discard, in)
		os.Exit(ExitOrphan)
	}()
}

// token is the token of the B line, read by init from the standard input.
var token string

// watchMemory stops the program when the memory it holds from the system passes limit.
func watchMemory(limit uint64) {
	var m runtime.MemStats
	for range time.Tick(20 * time.Millisecond) {
		runtime.ReadMemStats(&m)
		if m.Sys-m.HeapReleased > limit {
			os.Exit(ExitMemory)
		}
	}
}

// WriteList writes the S line and the photos of list, then the D line; a value that
// encoding/json cannot write is an error, and a panic while it writes (a method of the
// students' that panics) an E line.
func WriteList[P any](w io.Writer, list []P) error {
	if err := writeShape[P](w); err != nil {
		return err
	}
	enc := newEncoder(w)
	var werr error
	pan := Call(func() {
		for i := range list {
			if werr = enc.photo(list[i]); werr != nil {
				return
			}
		}
	})
	if pan != nil {
		return writePanic(w, pan)
	}
	if werr != nil {
		return werr
	}
	_, err := fmt.Fprintf(w, "D %d\n", len(list))
	return err
}

// fakerMu guards go-faker's random sources, which are one for the whole program.
var fakerMu sync.Mutex

// WriteFake writes the S line, then n photos of fakePhoto for seed (photo 1 to n), each
// as soon as it is made, then the D line; a panic of fakePhoto is an E line with the
// number of the photo. The same seed gives the same photos (see seedFaker).
func WriteFake[P any](w io.Writer, fakePhoto func(n int, seed int64) P, n int, seed int64) error {
	if err := writeShape[P](w); err != nil {
		return err
	}
	enc := newEncoder(w)
	fakerMu.Lock()
	defer fakerMu.Unlock()
	seedFaker(seed)
	var werr error
	made := 0
	pan := Call(func() {
		for made < n {
			ph := fakePhoto(made+1, seed)
			made++
			if werr = enc.photo(ph); werr != nil {
				return
			}
			if made%64 == 0 { // streamed: the server counts them as they come
				if f, ok := w.(interface{ Flush() error }); ok {
					if werr = f.Flush(); werr != nil {
						return
					}
				}
			}
		}
	})
	if pan != nil {
		pan.Photo = made + 1
		return writePanic(w, pan)
	}
	if werr != nil {
		return werr
	}
	_, err := fmt.Fprintf(w, "D %d\n", n)
	return err
}

// encoder writes P lines.
type encoder struct {
	w   io.Writer
	enc *json.Encoder
}

func newEncoder(w io.Writer) *encoder {
	e := &encoder{w: w, enc: json.NewEncoder(w)}
	e.enc.SetEscapeHTML(false)
	return e
}

// photo writes one P line; json.Encoder ends each value with a new line.
func (e *encoder) photo(v any) error {
	if _, err := io.WriteString(e.w, "P "); err != nil {
		return err
	}
	return e.enc.Encode(v)
}

// writeShape writes the S line of P.
func writeShape[P any](w io.Writer) error {
	b, err := json.Marshal(ShapeOf(reflect.TypeOf((*P)(nil)).Elem()))
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "S %s\n", b)
	return err
}

// writePanic writes the E line of pan.
func writePanic(w io.Writer, pan *Panic) error {
	b, err := json.Marshal(pan)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "E %s\n", b)
	return err
}

// Panic is a panic of the students' code, as an E line says it.
type Panic struct {
	// Where is the line of the students' files where it panicked ("fake.go:14"): the
	// deepest frame in a file of the module outside internal/ and vendor/; "" when none.
	Where string `json:"where,omitempty"`
	// Value is what it panicked with, as fmt prints it.
	Value string `json:"value"`
	// Photo is the number of the photo fakePhoto was making (from 1); 0 for the list.
	Photo int `json:"photo,omitempty"`
	// OutOfRange is set for an index past a list's end (names[3] of a list of 3), the
	// beginner's most common panic, with the index and the list's length: facts read
	// from the runtime's value (outOfRange), never from its message.
	OutOfRange bool  `json:"outOfRange,omitempty"`
	Index      int64 `json:"index,omitempty"`
	Length     int   `json:"length,omitempty"`
}

// outOfRange reads an index-out-of-range panic's index and length from the value the
// runtime panics with: a runtime.Error whose type, runtime.boundsError, keeps them in
// its fields x and y, with code 0 for an index (not a slice expression). Those fields
// are the runtime's own: when a Go release changes them, ok is false and the panic is
// said by its message, as any other (photo's TestCallSaysAPanicInsteadOfCrashing then
// fails, loudly, on the sentence it expects).
func outOfRange(r any) (index int64, length int, ok bool) {
	if _, isRuntime := r.(runtime.Error); !isRuntime {
		return 0, 0, false
	}
	v := reflect.ValueOf(r)
	if v.Kind() != reflect.Struct || v.Type().PkgPath() != "runtime" || v.Type().Name() != "boundsError" {
		return 0, 0, false
	}
	x, y, code, signed := v.FieldByName("x"), v.FieldByName("y"), v.FieldByName("code"), v.FieldByName("signed")
	if x.Kind() != reflect.Int64 || y.Kind() != reflect.Int || signed.Kind() != reflect.Bool || !code.CanUint() || code.Uint() != 0 {
		return 0, 0, false
	}
	if !signed.Bool() && x.Int() < 0 { // an unsigned index past what an int64 holds
		return 0, 0, false
	}
	return x.Int(), int(y.Int()), true
}

// Call runs f and returns the panic it stops with, at the line of the students' files
// where it happened, or nil. Written here, not taken from a library: the standard
// library recovers a panic but does not say at which line of the students' files it
// happened.
func Call(f func()) (pan *Panic) {
	defer func() {
		if r := recover(); r != nil {
			// Still on the panicking goroutine's stack: its frames are below this one.
			pan = &Panic{Where: mainFrame(), Value: fmt.Sprint(r)}
			pan.Index, pan.Length, pan.OutOfRange = outOfRange(r)
		}
	}()
	f()
	return nil
}

// mainFrame is the deepest frame of the students' files on this goroutine's stack, as
// "fake.go:14": where their code was when it panicked. Their files are those of the
// module outside internal/ and vendor/ (the package is named main in a program and
// photoserver in its tests, so the function's name cannot tell).
func mainFrame() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		f, more := frames.Next()
		file := f.File // runtime paths always use /
		if strings.HasPrefix(file, moduleRoot+"/") && !strings.HasPrefix(file, moduleRoot+"/internal/") && !strings.HasPrefix(file, moduleRoot+"/vendor/") {
			return file[strings.LastIndexByte(file, '/')+1:] + ":" + strconv.Itoa(f.Line)
		}
		if !more {
			return ""
		}
	}
}

// moduleRoot is the module's folder as the runtime names files: this file is
// moduleRoot/internal/program/program.go.
var moduleRoot = func() string {
	_, file, _, _ := runtime.Caller(0)
	for i := 0; i < 3; i++ {
		file = file[:strings.LastIndexByte(file, '/')]
	}
	return file
}()
