package photo

import (
	"hash/maphash"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"photoserver/internal/lang"
	"photoserver/internal/words"
)

// The one checker of a photo's texts, used by the server's warnings, by the grading
// sheet of go test and by the class grader. A description counts when it is a sentence
// of at least three words of French or English (words.Known: wfrench and SCOWL); a
// keyword when it names something in one or two words. A text made only of go-faker's
// words (its lorem ipsum, its names) counts in a list that go-faker made, where every
// description is go-faker's: what -fake makes is never refused, and Latin typed by hand
// beside real texts is.

// The verdicts that the text alone cannot give a Says, after those of EmptinessOf.
const (
	Invisible  Emptiness = iota + Filler + 1 // characters a reader does not see: Hangul fillers, zero-width spaces, controls
	Markup                                   // HTML tags: <div>1</div>
	NotWords                                 // letters that make no word of French or English: qsdkfj zeriu, 3a, Cyrillic typed at random
	FewWords                                 // a description of fewer than three words
	NotAName                                 // a keyword that is a sentence, not a name of one or two words
	FakerWords                               // only go-faker's words: it counts in a list that go-faker made
)

// markup is an HTML tag or entity, which the partner's page shows as it is written.
var markup = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|&[A-Za-z]+;|&#[0-9]+;`)

// markers are the fillers that make a whole text a filler wherever they are in it
// ("TODO décrire la photo", "à compléter 3"), folded, as one wordOf or two in a row.
var markers = []string{"todo", "tbd", "tbc", "fixme", "placeholder", "lorem", "blabla", "blablabla", "acompleter",
	"completer", "aremplir", "remplir", "a completer", "a remplir", "a ecrire", "a rediger", "a preciser", "a definir",
	"a changer", "a modifier", "a faire plus tard", "to do", "to complete", "to be completed", "fill in", "fill me",
	"your text", "votre texte", "texte ici", "text here", "mettre ici", "ecrire ici", "write here",
	"t0d0", "a venir", "pas encore", "rien a dire", "aucune idee", "plus tard", "je dois ecrire", "to be written"}

// markerStarts are the first words of the markers of two words or more.
var markerStarts = func() []string {
	var starts []string
	for _, m := range markers {
		if first, _, more := strings.Cut(m, " "); more && !slices.Contains(starts, first) {
			starts = append(starts, first)
		}
	}
	return starts
}()

// keywordLinks are the small words a name of two words may hold between or before
// them: coucher de soleil, Statue de la Liberté, la Joconde.
var keywordLinks = []string{"de", "du", "des", "d", "la", "le", "les", "l", "en", "à", "au", "aux", "of", "the", "a", "an", "et", "and", "un", "une"}

// sayNothing are the words that say nothing of a picture when they stand around its
// title: "Voici la photo : Chat noir".
var sayNothing = []string{"voici", "voila", "c", "est", "ce", "il", "y", "a", "is", "it", "this", "here", "there", "are", "sont", "belle", "jolie", "nice", "beautiful"}

// wordOf is one word of a text, as the checker reads it.
type wordOf struct {
	lower  string // in small letters, accents kept: thé
	folded string // lang.Fold: the
	digits bool   // holds a digit: 3a, 2024
	latin  bool   // every letter is of the Latin script (or a digit)
}

// tokens are the words of text: runs of letters and digits, cut at anything else.
// Written as one pass over the text, with words of plain ASCII letters taken as they
// are: a data file of 100,000 photos is read in seconds.
func tokens(text string) []wordOf {
	out := make([]wordOf, 0, 16)
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !(r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')) && !(r >= utf8.RuneSelf && inWord(r)) {
			i += size
			continue
		}
		start, ascii, upper := i, true, false
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r < utf8.RuneSelf {
				if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
					break
				}
				upper = upper || r >= 'A' && r <= 'Z'
			} else if inWord(r) {
				ascii = false
			} else {
				break
			}
			i += size
		}
		w := text[start:i]
		t := wordOf{lower: w, latin: true}
		if upper || !ascii {
			t.lower = strings.ToLower(w)
		}
		for _, r := range w {
			if r < utf8.RuneSelf {
				t.digits = t.digits || ('0' <= r && r <= '9')
				continue
			}
			t.digits = t.digits || unicode.IsDigit(r)
			t.latin = t.latin && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.In(r, unicode.Latin))
		}
		t.folded = t.lower
		if !ascii { // folding takes x/text's transforms: only where there are accents, once a word
			t.folded = folded(t.lower)
		}
		out = append(out, t)
	}
	return out
}

// folded is lang.Fold(word), kept for the words seen last: a list's words repeat.
func folded(word string) string {
	folds.Lock()
	f, ok := folds.m[word]
	folds.Unlock()
	if ok {
		return f
	}
	f = lang.Fold(word)
	folds.Lock()
	if len(folds.m) >= 4096 {
		clear(folds.m)
	}
	folds.m[word] = f
	folds.Unlock()
	return f
}

// folds are the words folded last (see folded).
var folds = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// number reports whether t is a number: 3, 2024 (it is neither a word nor junk).
func (t wordOf) number() bool { return strings.Trim(t.lower, "0123456789") == "" }

// known reports whether t is a word of French or English.
func (t wordOf) known() bool { return t.latin && !t.digits && words.Known(t.folded) }

// faker reports whether t is one of go-faker's words.
func (t wordOf) faker() bool { return t.latin && !t.digits && words.Faker(t.folded) }

// small reports whether t is an article or the like, which says nothing alone.
func (t wordOf) small() bool { return slices.Contains(smallWords, t.lower) }

// field reports whether t names a field or a photo: description, mot-clé, photo.
func (t wordOf) field() bool { return slices.Contains(fieldWords, t.folded) }

// hasInvisible reports whether text holds a character a reader does not see (but a
// joiner or a variation selector after a symbol, as emoji are written).
func hasInvisible(text string) bool {
	prev := ' '
	for _, r := range text {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
		case (r == 0x200D || r == 0xFE0F) && (unicode.Is(unicode.So, prev) || unicode.Is(unicode.Sk, prev)):
			continue // keep prev: the next one may be a joiner too
		case lang.Invisible(r):
			return true
		}
		prev = r
	}
	return false
}

// hasMarker reports whether the words ts hold a filler marker: TODO, à compléter, xxx1.
func hasMarker(ts []wordOf) bool {
	for i, t := range ts {
		stem := strings.TrimRight(t.folded, "0123456789")
		if slices.Contains(markers, stem) || slices.Contains(markers, t.folded) || (len(stem) >= 2 && strings.Trim(stem, "x") == "") {
			return true
		}
		if !slices.Contains(markerStarts, t.folded) {
			continue
		}
		for _, n := range []int{2, 3, 4} {
			if i+n <= len(ts) {
				var b strings.Builder
				for k, u := range ts[i : i+n] {
					if k > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(u.folded)
				}
				if slices.Contains(markers, b.String()) {
					return true
				}
			}
		}
	}
	return false
}

// Judge says whether the text of role r counts, from the text alone: Says, or why
// not. A description must be a sentence of three words or more, of French or English;
// a keyword must name something in one or two words (with de, la... between them).
// FakerWords is for a text made only of go-faker's words: it counts in a list that
// go-faker made (see Judgement). Titles and urls count when they are not blank.
func Judge(r Role, text string) Emptiness {
	e, _ := judge(r, text)
	return e
}

// judge is Judge, and what EmptinessOf says of the text. A text is judged several
// times in a row (the count of an objective, the server's warnings, the judgement of
// the list): the last verdicts are kept, so that a data file of 100,000 photos is
// judged once per text.
func judge(r Role, text string) (verdict, base Emptiness) {
	key := judgeKey{r, text}
	judged.Lock()
	v, ok := judged.m[key]
	judged.Unlock()
	if ok {
		return v[0], v[1]
	}
	verdict, base = judgeText(r, text)
	judged.Lock()
	if len(judged.m) >= 4096 {
		clear(judged.m)
	}
	judged.m[key] = [2]Emptiness{verdict, base}
	judged.Unlock()
	return verdict, base
}

// judgeKey is a text judged in a role.
type judgeKey struct {
	r    Role
	text string
}

// judged are the last verdicts of judge.
var judged = struct {
	sync.Mutex
	m map[judgeKey][2]Emptiness
}{m: map[judgeKey][2]Emptiness{}}

// judgeText is judge, without its memory.
func judgeText(r Role, text string) (verdict, base Emptiness) {
	e := EmptinessOf(text)
	verdict, base = e, e
	if r != Description && r != Keyword {
		if e == Blank {
			return Blank, e
		}
		return Says, e
	}
	if e != Says {
		return e, e
	}
	ts := tokens(text)
	var known, unknown, content, wordsIn int
	seen := map[string]bool{}
	allFaker := true
	for _, t := range ts {
		if t.number() {
			continue
		}
		allFaker = allFaker && t.faker()
		if seen[t.folded] {
			continue
		}
		seen[t.folded] = true
		wordsIn++
		switch {
		case t.known():
			known++
		default:
			unknown++
		}
		if !t.small() && !t.field() && (r != Keyword || !slices.Contains(keywordLinks, t.lower)) {
			content++
		}
	}
	verdict = Says
	switch {
	case unknown > known || (r == Keyword && unknown > 0):
		verdict = NotWords
	case r == Description && wordsIn < 3:
		verdict = FewWords
	case r == Keyword && strings.ContainsAny(text, ",;/|"): // "morse, glace": two keywords in one
		verdict = NotAName
	case r == Keyword && content == 0, // "et", "non": no name
		r == Description && content < 2 && 3*(wordsIn-content) > 2*wordsIn: // "et ou mais donc or ni car"
		verdict = FieldWords
	case r == Keyword && (content > 2 || len(ts) > 4 || (len(ts) >= 2 && strings.ContainsAny(strings.TrimSpace(text)[len(strings.TrimSpace(text))-1:], ".!?"))):
		verdict = NotAName
	}
	if verdict != Says && allFaker && wordsIn > 0 {
		return FakerWords, e
	}
	return verdict, e
}

// EmptinessOf says whether text says something whatever its role, and if not, why:
// nothing, signs, one letter, a field's name, a filler (anywhere in it: "TODO 1"),
// characters a reader does not see, HTML tags, or letters that make no word (neither
// French, English nor go-faker's).
func EmptinessOf(text string) Emptiness {
	trimmed := strings.TrimSpace(text)
	switch {
	case trimmed == "":
		return Blank
	case hasInvisible(trimmed):
		return Invisible
	case !strings.ContainsFunc(trimmed, unicode.IsLetter):
		return OnlySigns
	case strings.ContainsAny(trimmed, "<&") && markup.MatchString(trimmed):
		return Markup
	}
	ts := tokens(trimmed)
	var letters strings.Builder
	for _, t := range ts {
		letters.WriteString(t.folded)
	}
	if utf8.RuneCountInString(letters.String()) == 1 {
		if slices.Contains(oneLetterWords, strings.ToLower(strings.Trim(trimmed, ".!?…,;: "))) {
			return Says
		}
		return OneLetter
	}
	if slices.Contains(fillers, letters.String()) || repeated(letters.String()) || hasMarker(ts) {
		return Filler
	}
	if !slices.ContainsFunc(ts, func(t wordOf) bool { return !t.field() && !t.small() && !t.number() }) && !fakerOnly(trimmed) {
		return FieldWords // but go-faker's est, a lorem word, is its own
	}
	if !slices.ContainsFunc(ts, func(t wordOf) bool { return t.known() || t.faker() }) {
		return NotWords
	}
	return Says
}

// SaysOnlyTitle reports whether the description d says nothing but the title t: its
// words are the title's, nearly (a letter or two apart: Chats for Chat), with only words
// that say nothing around them ("Voici la photo : Chat noir").
func SaysOnlyTitle(t, d string) bool {
	if RepeatsTitle(t, d) {
		return true
	}
	titled := tokens(t)
	ds := tokens(d)
	if len(titled) == 0 || len(ds) == 0 {
		return false
	}
	inTitle := func(w wordOf) bool {
		return slices.ContainsFunc(titled, func(u wordOf) bool { return near(w.folded, u.folded, 1+len(u.folded)/6) })
	}
	if !slices.ContainsFunc(ds, func(w wordOf) bool { return !w.small() && inTitle(w) }) {
		return false // no word of the title: it says something else, or nothing (EmptinessOf)
	}
	for _, w := range ds {
		if w.number() || w.small() || w.field() || slices.Contains(sayNothing, w.folded) {
			continue
		}
		if !inTitle(w) {
			return false
		}
	}
	return true
}

// near reports whether a and b are at most k letters apart (letters changed, added,
// removed or swapped), without computing the whole distance of two long texts.
func near(a, b string, k int) bool {
	if a == b {
		return true
	}
	if len(a)-len(b) > 4*k || len(b)-len(a) > 4*k {
		return false // a letter is 4 bytes at most
	}
	if !isASCII(a) || !isASCII(b) {
		ra, rb := []rune(a), []rune(b)
		return len(ra)-len(rb) <= k && len(rb)-len(ra) <= k && editDistanceWithin(ra, rb, k)
	}
	return len(a)-len(b) <= k && len(b)-len(a) <= k && editDistanceWithin([]byte(a), []byte(b), k)
}

// isASCII reports whether s holds only ASCII characters (one byte each).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// editDistanceWithin reports whether the edit distance of a and b (changes, additions,
// removals) is at most k, computing only the band of width 2k+1 around the diagonal:
// their lengths must be at most k apart, so that the last cell is in the band.
func editDistanceWithin[T rune | byte](a, b []T, k int) bool {
	const far = 1 << 20
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		cur[lo-1] = far
		if lo == 1 {
			cur[0] = i
		}
		best := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if hi+1 <= len(b) {
			cur[hi+1] = far
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= k
}

// Judgement decides which descriptions and keywords of a list count, photo after photo,
// with what one text alone cannot tell: a description that says only its title, one
// that copies another photo's (the same words, or a letter or two apart: the first
// counts), a keyword whose words the photo's own description uses (a name such as
// Zidane), and go-faker's words, which count in a list that go-faker made.
type Judgement struct {
	hash   maphash.Hash
	groups map[uint64][]int // a third of a description's words -> the photos that have it
	descs  []string         // each photo's description, as WordsOf writes it ("" when it does not count)
	counts []int            // the number of words of each description
	Faker  bool             // every description so far is made of go-faker's words
}

// NewJudgement starts judging a list.
func NewJudgement() *Judgement { return &Judgement{groups: map[uint64][]int{}, Faker: true} }

// Verdict is what a Judgement says of one photo's description and keyword.
type Verdict struct {
	Description, Keyword Emptiness // Says, or why not (FakerWords: see Counts)
	OnlyTitle            bool      // the description says only the title: it does not count
	CopyOf               int       // the photo (from 0) whose description this one copies, or -1
	Nearly               bool      // a copy a letter or two apart, not the same words
}

// Earns reports whether a text judged e earns its point, in a list whose descriptions
// are all go-faker's (faker) or not.
func Earns(e Emptiness, faker bool) bool { return e == Says || (faker && e == FakerWords) }

// Photo judges the next photo of the list.
func (j *Judgement) Photo(title, description, keyword string) Verdict {
	v := Verdict{Keyword: Judge(Keyword, keyword), CopyOf: -1}
	var base Emptiness
	v.Description, base = judge(Description, description)
	if !fakerOnly(description) {
		j.Faker = false
	}
	if v.Keyword == NotWords && v.Description == Says {
		// A name the description uses too (Zidane, 2CV) is a name, not letters typed.
		in := tokens(description)
		if !slices.ContainsFunc(tokens(keyword), func(t wordOf) bool {
			return !t.known() && !t.number() && !slices.ContainsFunc(in, func(u wordOf) bool { return u.folded == t.folded })
		}) {
			v.Keyword = Judge(Keyword, strings.Join(knownOnly(tokens(keyword)), " "))
			if v.Keyword == Blank || v.Keyword == NotWords {
				v.Keyword = Says
			}
		}
	}
	i := len(j.descs)
	j.descs, j.counts = append(j.descs, ""), append(j.counts, 0)
	if base == Says && SaysOnlyTitle(title, description) {
		v.Description, v.OnlyTitle = Says, true // said as such, not as too short
		return v
	}
	if v.Description != Says && v.Description != FakerWords {
		return v
	}
	w := WordsOf(description)
	j.descs[i] = w
	fields := strings.Fields(w)
	j.counts[i] = len(fields)
	for _, key := range j.thirds(fields) {
		group := j.groups[key]
		// A list made from one template (a data file of 100,000 "Une photo de chien...")
		// puts thousands in one group: only the last maxCompared are compared, which
		// keeps a long list linear; a class's list has groups of a few photos, and a
		// description copied with a letter changed on each photo is caught by the one
		// before it.
		for _, k := range group[max(0, len(group)-maxCompared):] {
			// Two texts a letter or two apart have as many words and lengths within 8 bytes:
			// checked first, so that a list of go-faker's Latin, whose words often share
			// a third, is not compared text by text (100,000 photos in a second).
			if d := len(w) - len(j.descs[k]); v.CopyOf < 0 && d <= 8 && d >= -8 && j.counts[k] == len(fields) && near(w, j.descs[k], 2) {
				v.CopyOf, v.Nearly = k, w != j.descs[k]
			}
		}
		j.groups[key] = append(j.groups[key], i)
	}
	return v
}

// maxCompared is how many descriptions that share a third with a new one are
// compared with it, the most recent first.
const maxCompared = 8

// fakerOnly reports whether text is made of go-faker's words only (and numbers).
func fakerOnly(text string) bool {
	ts := tokens(text)
	return slices.ContainsFunc(ts, func(t wordOf) bool { return !t.number() }) &&
		!slices.ContainsFunc(ts, func(t wordOf) bool { return !t.number() && !t.faker() })
}

// knownOnly are the words of ts that are words of French or English.
func knownOnly(ts []wordOf) []string {
	var out []string
	for _, t := range ts {
		if t.known() {
			out = append(out, t.lower)
		}
	}
	return out
}

// thirds are the keys of a description's words cut in three: two descriptions a letter
// or two apart, with as many words, have at least one third the same, at the same place.
func (j *Judgement) thirds(fields []string) []uint64 {
	n := len(fields)
	keys := make([]uint64, 0, 3)
	for k := 0; k < 3; k++ {
		j.hash.Reset()
		j.hash.WriteByte(byte(k))
		j.hash.WriteByte(byte(n))
		j.hash.WriteByte(byte(n >> 8))
		for _, f := range fields[k*n/3 : (k+1)*n/3] {
			j.hash.WriteString(f)
			j.hash.WriteByte(' ')
		}
		keys = append(keys, j.hash.Sum64())
	}
	return keys
}
