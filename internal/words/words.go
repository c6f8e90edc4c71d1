// Package words knows the words of French and English, and go-faker's own, to tell a
// text a reader would take for words from letters typed to fill a field
// (qsdkfj zeriu). Words are looked up folded as lang.Fold folds them: small letters,
// no accents, ligatures written out (thé is the, œuf is oeuf).
//
// The lists come from well-kept sources, embedded in a compact form (see gen.go, and
// the licences beside them): French from Debian's wfrench (GPL-2+), English from
// SCOWL as Debian's wamerican and wbritish ship it (a permissive licence), go-faker's
// words from its vendored source (MIT).
package words

//go:generate go run gen.go

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:embed known.txt.gz
var knownGz []byte

//go:embed faker.txt
var fakerTxt string

// fakers is faker.txt as a set, made at the first look-up.
var fakers struct {
	once sync.Once
	set  map[string]bool
}

// short are the words of one or two letters of French and English, which the lists
// leave out (their two-letter entries are mostly abbreviations: ad, cd, ab).
var short = []string{
	// French
	"a", "y", "o", "l", "d", "j", "n", "s", "m", "t", "c", "qu",
	"au", "ca", "ce", "ci", "de", "du", "en", "es", "et", "eu", "il", "je", "la", "le", "lu", "ma", "me",
	"ne", "ni", "nu", "on", "ou", "os", "pu", "sa", "se", "si", "ta", "te", "tu", "un", "va", "vu", "vs", "bu",
	"su", "mu", "ru", "re", "do", "mi", "fa", "ha", "oh", "ah", "eh", "bd", "tv", "pc", "ok",
	// English
	"i", "am", "an", "as", "at", "be", "by", "go", "he", "if", "in", "is", "it", "me", "my", "no",
	"of", "on", "or", "so", "to", "up", "us", "we", "ox", "ax", "hi",
}

var known struct {
	once  sync.Once
	text  string   // the list, one word a line
	start []uint32 // where each word starts in text
}

// load reads the embedded list once, at the first look-up (a few milliseconds).
func load() {
	zr, err := gzip.NewReader(bytes.NewReader(knownGz))
	if err != nil {
		panic("words: the embedded list is broken: " + err.Error()) // built by gen.go: cannot happen
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic("words: the embedded list is broken: " + err.Error())
	}
	known.text = string(b)
	known.start = make([]uint32, 0, bytes.Count(b, []byte{'\n'}))
	for i := 0; i < len(b); {
		known.start = append(known.start, uint32(i))
		i += bytes.IndexByte(b[i:], '\n') + 1
	}
	known.start = append(known.start, uint32(len(b))) // the end of the last word's line
}

// word returns the k-th word of the list.
func word(k int) string {
	return known.text[known.start[k] : known.start[k+1]-1] // without its new line
}

// Known reports whether w, folded, is a word of French or English, or a place's name
// (see places).
func Known(w string) bool {
	if len(w) <= 2 {
		return slices.Contains(short, w)
	}
	if places[w] {
		return true
	}
	known.once.Do(load)
	n := len(known.start) - 1 // the words; the last start is the end
	k := sort.Search(n, func(k int) bool { return word(k) >= w })
	return k < n && word(k) == w
}

// Faker reports whether w, folded, is one of go-faker's words: its lorem ipsum (Latin,
// faker.Word, faker.Sentence, faker.Paragraph) and its names (faker.Name...).
func Faker(w string) bool {
	fakers.once.Do(func() {
		fakers.set = map[string]bool{}
		for _, f := range strings.Fields(fakerTxt) {
			fakers.set[f] = true
		}
	})
	return fakers.set[w]
}

// Count is how many words the French and English list holds (for its documentation).
func Count() int {
	known.once.Do(load)
	return len(known.start) - 1 // the last start is the end of the list
}
