package lang

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/message"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Words shared by the messages: how a message names a photo, sizes and durations, and
// the typing mistakes a "did you mean" recognises.

// PhotoLabel names a photo in a message: its position i (from 0, said from 1), then its
// title when it has one, shown safely (Show): photo 3 ("Canyon").
func PhotoLabel(p *message.Printer, i int, title string) string {
	if strings.TrimSpace(title) == "" {
		return p.Sprintf("photo %s", strconv.Itoa(i+1))
	}
	return p.Sprintf("photo %s (%q)", strconv.Itoa(i+1), Show(title))
}

// Nearest returns the word of words nearest to s when it is near enough to be a
// typing mistake (letters swapped, missing, doubled, or another case), or "".
func Nearest(s string, words []string) string {
	best, dist := "", 1<<30
	for _, w := range words {
		if d := editDistance(strings.ToLower(s), strings.ToLower(w)); d < dist {
			best, dist = w, d
		}
	}
	if dist <= max(1, len([]rune(best))/4) && (dist == 0 || len([]rune(best)) >= 3) {
		return best
	}
	return ""
}

// editDistance counts the letters to change, add, remove or swap with the next one to
// turn a into b (the optimal string alignment distance). No package of the standard
// library or of x/text computes it, and it is twenty lines.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// Size writes a number of bytes for a person: 512 B, 3.1 kB, 41.2 MB (in French
// 512 o, 3,1 ko, 41,2 Mo).
func Size(p *message.Printer, n int64) string {
	switch {
	case n < 1000:
		return p.Sprintf("%d B", n)
	case n < 1000*1000:
		return p.Sprintf("%.1f kB", float64(n)/1000)
	default:
		return p.Sprintf("%.1f MB", float64(n)/1000/1000)
	}
}

// Duration writes how long something took, in milliseconds: 0.4 ms (in French 0,4 ms).
func Duration(p *message.Printer, d time.Duration) string {
	return p.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}

// ligatures are the letters that Unicode does not take apart into a letter and its
// accent, and that French (and German) writes for two: œ in cœur, æ, ß.
var ligatures = strings.NewReplacer("œ", "oe", "Œ", "Oe", "æ", "ae", "Æ", "Ae", "ß", "ss", "ẞ", "SS")

// WithoutAccents is s with the accents taken off its letters, and its ligatures
// written out: é is e, Ç is C, Œufs is Oeufs, Straße is Strasse. Case is kept.
func WithoutAccents(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return s // plain ASCII has no accent
	}
	// The letters of French and their neighbours, looked up in a table made once by the
	// slow way below: x/text's transforms cost microseconds a text, and a data file of
	// 100,000 photos is folded in one pass.
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r < rune(len(latinBase)) && latinBase[r] != nil:
			b.WriteString(*latinBase[r])
		default:
			return withoutAccents(s)
		}
	}
	return b.String()
}

// latinBase is withoutAccents of each letter from U+0080 to U+036F (Latin-1,
// Latin Extended-A and B, the combining accents), one by one.
var latinBase = func() []*string {
	t := make([]*string, 0x370)
	for r := rune(0x80); r < 0x370; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		base := withoutAccents(string(r))
		t[r] = &base
	}
	return t
}()

// withoutAccents is WithoutAccents, through x/text's transforms.
func withoutAccents(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), ligatures.Replace(s))
	if err != nil {
		return s
	}
	return out
}

// Fold is s as searches compare it: in small letters, without accents, ligatures
// written out, so that a student who types meduses finds Méduses, and coeur finds Cœur.
func Fold(s string) string { return strings.ToLower(WithoutAccents(s)) }
