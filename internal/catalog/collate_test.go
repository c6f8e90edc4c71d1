package catalog

import (
	"slices"
	"strings"
	"testing"
)

// nodeOrder is these texts as Node 20 sorts them with localeCompare, as json-server 1
// does (sort-on): [...texts].sort((a, b) => a.localeCompare(b)), in the en-US locale.
var nodeOrder = []string{"", "(draft)", "[x]", "#1", "$5", "42", "5€", "7 nains", "a", "A", "á", "à", "â", "ä", "ã", "angstrom", "Ångström", "apple", "Apple", "APPLE",
	"Black cat", "Black Cat", "black_cat", "black-cat", "Blackbird", "Ca", "ça", "Ça va", "cab", "cafe", "café", "Café", "cafés", "caffè", "cote", "coté", "côte", "Côte", "côté",
	"eagle", "élan", "elephant", "Elephant", "Éléphant", "iz", "ıi", "lodz", "Łódź", "na", "naive", "naïve", "noel", "Noël", "nz", "ŋa", "Ödön", "oe", "Oeil", "œil", "oeuf", "Œuf",
	"ore", "øre", "Oz", "Photo 1", "photo_1", "photo-1.jpg", "photo-10", "photo-10.jpg", "photo-2", "resume", "RESUME", "résumé", "Résumé", "rèsume", "strasse", "Strasse", "straße",
	"x", "x y", "X y", "x-y", "x, y", "x; y", "x: y", "x! y", "x? y", "x. y", "x'y", "x\"y", "x(y", "x@y", "x*y", "x/y", "x&y", "x#y", "x%y", "x^y", "x+y", "x<y", "x=y", "x|y",
	"x~y", "x$y", "x0", "zebra", "Zèbre", "Zoo", "zz", "þorn", "αlpha", "Ωmega", "Ёлка", "ель", "中文"}

// compareLikeNode compares two texts by their collation keys, as the sorting does.
func compareLikeNode(a, b string) int {
	key := collationKeys()
	return strings.Compare(key(a), key(b))
}

func TestCollationIsNodesLocaleCompare(t *testing.T) {
	texts := slices.Clone(nodeOrder)
	for i := range texts { // a shuffle that does not depend on a seed
		j := (i*7919 + 13) % len(texts)
		texts[i], texts[j] = texts[j], texts[i]
	}
	slices.SortStableFunc(texts, compareLikeNode)
	if !slices.Equal(texts, nodeOrder) {
		for i := range texts {
			if texts[i] != nodeOrder[i] {
				t.Errorf("the texts sort apart from Node's localeCompare from position %d:\ngot  %q\nwant %q", i, texts[i:min(i+6, len(texts))], nodeOrder[i:min(i+6, len(texts))])
				break
			}
		}
	}
	for _, pair := range [][2]string{{"é", "e\u0301"}, {"Noël", "Noe\u0308l"}} {
		if r := compareLikeNode(pair[0], pair[1]); r != 0 {
			t.Errorf("%q and %q are one text in two forms (NFC, NFD), yet compare %d", pair[0], pair[1], r)
		}
	}
	for i := range nodeOrder {
		if r := compareLikeNode(nodeOrder[i], nodeOrder[i]); r != 0 {
			t.Errorf("%q compared with itself gives %d", nodeOrder[i], r)
		}
	}
	long := strings.Repeat("é", 100) // a long text
	if compareLikeNode(long+"a", long+"b") >= 0 || compareLikeNode(long, strings.Repeat("e", 100)) <= 0 {
		t.Errorf("long texts do not compare as short ones")
	}
}
