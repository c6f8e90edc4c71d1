package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// json-server 1 sorts texts with JavaScript's localeCompare (through the sort-on
// package): the Unicode collation algorithm in the root order of CLDR, as Node's ICU
// implements it. golang.org/x/text/collate would too, but is not vendored and weighs a
// megabyte of tables; what a class writes (Latin letters with their accents, digits,
// spaces and signs) takes the few tables below, checked against Node (see
// TestCollationIsNodesLocaleCompare and jsonserver1_test.go). In three levels, each
// read only when the ones before are equal:
//
//  1. the characters, whatever their case and accents: spaces and signs first, in
//     ICU's order (_ - , ; : ! ? . ' " ( ) [ ] { } @ * / \ & # % ` ^ + < = > | ~ $),
//     then digits, then letters in alphabetical order; æ, œ, ß count as ae, oe, ss;
//  2. the accents, from the left: e before é before è;
//  3. the case, from the left: a small letter before its capital.
//
// Letters of other scripts come after z, in the order of their code points, and signs
// outside ASCII after the ASCII ones of their kind: ICU interleaves them.

// collationElement is one character's weight at each level: a base character has a
// primary weight, an accent only a secondary one (it follows its letter).
type collationElement struct {
	primary   uint32 // class<<24 | code point, for the classes that list their characters by code point; 0: an accent
	secondary uint32 // secCommon for a base character, more for an accent or a variant (ø, æ)
	tertiary  uint8  // 1: small letter or no case, 2: capital
}

// The primary classes that are not one character each: their characters follow, by
// code point (see primaryOf).
const (
	classPunct  = 0x1E // punctuation outside ASCII
	classSymbol = 0x27 // symbols outside ASCII
	classMoney  = 0x29 // currency signs outside ASCII
	classNumber = 0x3A // numbers outside ASCII digits (², ¼)
	classOther  = 0xF0 // letters of other scripts, and anything else
)

// asciiPrimary is the primary class of each ASCII character, in ICU's root order: the
// controls that are spaces, the space, punctuation, symbols, $, digits, then letters
// two apart (a, b, c... so that ı, ŋ and þ fit after i, n and z); 0 for the controls
// ICU ignores.
var asciiPrimary = func() (w [128]uint8) {
	next := uint8(1)
	for _, c := range "\t\n\v\f\r _-,;:!?.'\"()[]{}@*/\\&#%" {
		w[c] = next
		next++
	}
	next = classPunct + 1
	for _, c := range "`^+<=>|~" {
		w[c] = next
		next++
	}
	w['$'] = classSymbol + 1
	for c := '0'; c <= '9'; c++ {
		w[c] = 0x30 + uint8(c-'0')
	}
	for c := 'a'; c <= 'z'; c++ {
		w[c] = letterPrimary(c)
		w[c-'a'+'A'] = letterPrimary(c)
	}
	return w
}()

// letterPrimary is the primary class of a small ASCII letter.
func letterPrimary(c rune) uint8 { return 0x40 + 2*uint8(c-'a') }

// The secondary weights: a base character's, then the accents in ICU's order (acute
// before grave before circumflex...), then the variants that ICU weighs after them.
const (
	secCommon   = 1
	secStroke   = 0x10000 // ø, ł, đ, ð, ħ: their letter with a stroke
	secLigature = 0x10001 // æ, œ, ß: two letters in one
)

// accentOrder lists the accents in the order ICU weighs them; others weigh after
// these, by code point.
var accentOrder = []rune{0x301, 0x300, 0x306, 0x302, 0x30C, 0x30A, 0x308, 0x30B, 0x303, 0x307, 0x327, 0x328, 0x304, 0x31B, 0x323}

func accentWeight(r rune) uint32 {
	for i, a := range accentOrder {
		if a == r {
			return uint32(2 + i)
		}
	}
	return 0x100 + uint32(r)
}

// specialLetters are the Latin letters that NFD does not take apart: a letter with a
// stroke (its letter, then a secondary weight), two letters in one (both letters, then
// a secondary weight), or a letter of its own after another (ı after i).
var specialLetters = map[rune]struct {
	as        string // the letters it sorts as
	secondary uint32 // on its first letter
	after     bool   // a letter of its own, right after the one in as
}{
	'ø': {"o", secStroke, false}, 'ł': {"l", secStroke, false}, 'đ': {"d", secStroke, false},
	'ð': {"d", secStroke, false}, 'ħ': {"h", secStroke, false},
	'æ': {"ae", secLigature, false}, 'œ': {"oe", secLigature, false}, 'ß': {"ss", secLigature, false},
	'ı': {"i", secCommon, true}, 'ŋ': {"n", secCommon, true}, 'þ': {"z", secCommon, true},
}

// collationElements appends the elements of s to dst.
func collationElements(dst []collationElement, s string) []collationElement {
	if strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
		s = norm.NFD.String(s) // é is e and its accent
	}
	for _, r := range s {
		tertiary := uint8(1)
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			tertiary = 2
		}
		lower := unicode.ToLower(r)
		if r == 'ẞ' {
			lower = 'ß'
		}
		switch {
		case r < utf8.RuneSelf:
			if w := asciiPrimary[r]; w != 0 {
				dst = append(dst, collationElement{uint32(w) << 24, secCommon, tertiary})
			}
		case unicode.Is(unicode.Mn, r):
			dst = append(dst, collationElement{0, accentWeight(r), 1})
		case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r):
			// ignored at every level, as ICU does
		default:
			if sp, ok := specialLetters[lower]; ok {
				for i, c := range sp.as {
					e := collationElement{uint32(letterPrimary(c)) << 24, secCommon, tertiary}
					if i == 0 {
						e.secondary = sp.secondary
					}
					if sp.after {
						e.primary += 1 << 24
					}
					dst = append(dst, e)
				}
				continue
			}
			dst = append(dst, collationElement{primaryOf(lower), secCommon, tertiary})
		}
	}
	return dst
}

// primaryOf is the primary weight of a character outside ASCII that is not an accent.
func primaryOf(r rune) uint32 {
	class := uint32(classOther)
	switch {
	case unicode.IsSpace(r):
		return uint32(asciiPrimary[' ']) << 24
	case unicode.Is(unicode.Sc, r):
		class = classMoney
	case unicode.IsPunct(r):
		class = classPunct
	case unicode.IsSymbol(r):
		class = classSymbol
	case unicode.IsNumber(r):
		class = classNumber
	}
	return class<<24 | uint32(r)
}

// collationKey is s's primary weights as bytes, which compare as the texts compare at
// the first level: a class byte, and for the classes listed by code point, three more.
func collationKey(s string) string {
	var key strings.Builder
	var buf [64]collationElement
	for _, e := range collationElements(buf[:0], s) {
		if e.primary == 0 {
			continue
		}
		key.WriteByte(byte(e.primary >> 24))
		if cp := e.primary & 0xFFFFFF; cp != 0 {
			key.Write([]byte{byte(cp >> 16), byte(cp >> 8), byte(cp)})
		}
	}
	return key.String()
}

// collateTie compares two texts whose collation keys are equal: their accents, from
// the left, then their case.
func collateTie(a, b string) int {
	var bufA, bufB [64]collationElement
	ea, eb := collationElements(bufA[:0], a), collationElements(bufB[:0], b)
	for _, level := range []func(collationElement) uint32{
		func(e collationElement) uint32 { return e.secondary },
		func(e collationElement) uint32 { return uint32(e.tertiary) },
	} {
		for i := 0; i < len(ea) || i < len(eb); i++ {
			switch {
			case i == len(ea):
				return -1
			case i == len(eb):
				return 1
			case level(ea[i]) < level(eb[i]):
				return -1
			case level(ea[i]) > level(eb[i]):
				return 1
			}
		}
	}
	return 0
}

// collate compares two texts as json-server 1's localeCompare does (see above).
func collate(a, b string) int {
	if r := strings.Compare(collationKey(a), collationKey(b)); r != 0 {
		return r
	}
	return collateTie(a, b)
}
