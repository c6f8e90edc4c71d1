package catalog

import (
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// json-server 1 sorts texts with JavaScript's localeCompare (through the sort-on
// package): the Unicode collation algorithm in the root order of CLDR, as Node's ICU
// implements it: letters whatever their case and accents first, then the accents, then
// the case. golang.org/x/text/collate implements the same algorithm and order; a test
// checks it against Node's own order (TestCollationIsNodesLocaleCompare).

// collationKeys returns a function that makes the sort key of a text as json-server 1
// compares texts: two keys compare as their texts do. It is for one goroutine: a
// collate.Collator is not safe for concurrent use.
func collationKeys() func(string) string {
	col := collate.New(language.Und)
	var buf collate.Buffer
	return func(s string) string {
		buf.Reset()
		return string(col.KeyFromString(&buf, s))
	}
}
