package program

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"
)

// Types a student may write in photos.go, each read back as the server reads it.

type base struct {
	Author string `json:"author"`
}

type Credit struct {
	By string `json:"by"`
}

type Tags []string

type Key struct{ A, B int }

func (k Key) MarshalText() ([]byte, error) { return []byte(strings.Repeat("k", k.A+k.B)), nil }

type Loud string

func (l Loud) MarshalJSON() ([]byte, error) { return json.Marshal(strings.ToUpper(string(l))) }

type rich struct {
	ID      int                `json:"id"`
	Title   string             `json:"title"`
	Hidden  string             `json:"-"`
	Count   int64              `json:"count,string"`
	Tags    Tags               `json:"tags"`
	When    time.Time          `json:"when"`
	Maybe   *time.Time         `json:"maybe"`
	Scores  map[string]int     `json:"scores"`
	ByID    map[int]string     `json:"by_id"`
	Keys    map[Key]int        `json:"keys"`
	Loud    Loud               `json:"loud"`
	Any     any                `json:"any"`
	Big     any                `json:"big"`
	Nested  struct{ X []bool } `json:"nested"`
	Ratio   float64            `json:"ratio"`
	Émotion string
	private int
	base                    // promoted: author
	Credit  `json:"credit"` // tagged: an object of its own
	Pointer *Credit         `json:"pointer"`
}

func TestWhatAProgramPrintsReadsBackAsItWasWritten(t *testing.T) {
	when := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	list := []rich{
		{ID: 1, Title: "Chat « noir »\n", Hidden: "x", Count: 7, Tags: Tags{"a", "é"}, When: when, Maybe: &when,
			Scores: map[string]int{"a": 1}, ByID: map[int]string{3: "c"}, Keys: map[Key]int{{1, 2}: 3}, Loud: "fort",
			Any: []any{"x", 1.5}, Big: int64(1) << 60, Ratio: 0.1, Émotion: "joie", private: 4, base: base{"Léa"},
			Credit: Credit{"Tom"}, Pointer: &Credit{"Zoé"}},
		{},
	}
	var out bytes.Buffer
	if err := WriteList(&out, list); err != nil {
		t.Fatal(err)
	}
	r := NewReader(&out, "")
	rt, _, err := r.Shape()
	if err != nil {
		t.Fatalf("the shape does not read back: %v", err)
	}
	for i := range list {
		v, err := r.Next()
		if err != nil {
			t.Fatalf("photo %d: %v", i, err)
		}
		want, _ := json.Marshal(list[i])
		got, _ := json.Marshal(v.Interface())
		if !bytes.Equal(got, want) {
			t.Errorf("photo %d is sent as\n%s\nwant, as encoding/json writes the student's value,\n%s", i, got, want)
		}
	}
	if _, err := r.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("after the last photo: %v, want io.EOF at the D line", err)
	}
	if f, ok := rt.FieldByName("base"); ok || rt.NumField() == 0 {
		t.Errorf("the rebuilt type keeps an unexported name: %+v", f)
	}
}

func TestAnEmbeddedPointerStaysEmbedded(t *testing.T) {
	type withPointer struct {
		Title string `json:"title"`
		*Credit
	}
	rt, err := ShapeOf(reflect.TypeOf(withPointer{})).Go()
	if err != nil {
		t.Fatal(err)
	}
	f := rt.Field(1)
	if !f.Anonymous || f.Type.Kind() != reflect.Pointer || f.Name != "Credit" {
		t.Errorf("the embedded *Credit is rebuilt as %+v, want an embedded pointer named Credit (the schema refuses it, as encoding/json drops it when nil)", f)
	}
}

func TestAShapeThatIsNoTypeIsAnError(t *testing.T) {
	for _, s := range []Type{{Kind: "nothing"}, {Kind: "slice"}, {Kind: "struct", Fields: []Field{{Name: "A", Type: Type{Kind: "int"}}, {Name: "A", Type: Type{Kind: "int"}}}}} {
		if rt, err := s.Go(); err == nil || rt != nil {
			t.Errorf("%+v rebuilt as %v, %v; want an error", s, rt, err)
		}
	}
}

func TestAPanicIsAnELineAtTheStudentsLine(t *testing.T) {
	var out bytes.Buffer
	err := WriteFake(&out, func(n int, seed int64) rich {
		if n == 3 {
			var none []int
			_ = none[n]
		}
		return rich{ID: n}
	}, 5, 1)
	if err != nil {
		t.Fatal(err)
	}
	r := NewReader(&out, "")
	for i := 0; i < 2; i++ {
		if _, err := r.Next(); err != nil {
			t.Fatalf("photo %d: %v", i+1, err)
		}
	}
	_, err = r.Next()
	var pan *Panic
	// Its line is in a file of the students' (outside internal/): gocode's test of a
	// real program checks fake.go:5; this file is the engine's, so none is named.
	if !errors.As(err, &pan) || pan.Photo != 3 || pan.Where != "" || !strings.Contains(pan.Value, "index out of range") {
		t.Errorf("the third photo gives %v (%+v), want a panic of photo 3", err, pan)
	}
}

func TestWhatTheStudentsCodePrintsBeforeTheBLineIsNotOurs(t *testing.T) {
	in := "P {\"id\":1}\nD 1\nB tok\nS {\"kind\":\"struct\",\"fields\":[{\"name\":\"ID\",\"tag\":\"json:\\\"id\\\"\",\"type\":{\"kind\":\"int\"}}]}\nP {\"id\":2}\nD 1\n"
	r := NewReader(strings.NewReader(in), "tok")
	v, err := r.Next()
	if err != nil || v.Elem().Field(0).Int() != 2 {
		t.Errorf("read %v, %v; want the photo after the B line only", v, err)
	}
	if _, err := NewReader(strings.NewReader("S {}\nP {}\n"), "").Next(); err == nil {
		t.Errorf("an output without its D line reads without error")
	}
}
