package main

import (
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/text/message"
)

// Words shared by the messages and the parameters: the names of a photo's fields, how a
// message names a photo, and the typing mistakes a "did you mean" recognises.

// photoFields are the names of a photo's fields in JSON, from the tags of Photo, and
// photoFieldIndex the index of each in Photo: a field a student adds to Photo is known
// in a data file, and can be sorted by, too.
var photoFields, photoFieldIndex = jsonFields()

func jsonFields() (names []string, index []int) {
	t := reflect.TypeFor[Photo]()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" || !f.IsExported():
			continue
		case name == "":
			name = f.Name
		}
		names, index = append(names, name), append(index, i)
	}
	return names, index
}

// photoLabel names a photo in a message: its position, then its title.
func photoLabel(p *message.Printer, i int, title string) string {
	if strings.TrimSpace(title) == "" {
		return p.Sprintf("photo %s", strconv.Itoa(i+1))
	}
	return p.Sprintf("photo %s (%q)", strconv.Itoa(i+1), title)
}

// nearestWord returns the word of words nearest to s when it is near enough to be a
// typing mistake (letters swapped, missing, doubled, or another case), or "".
func nearestWord(s string, words []string) string {
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
// turn a into b (the optimal string alignment distance).
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
