package grading

import (
	"context"
	"strings"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

// Photo is written as the students' Photo is: the tests' own, not photos.go's.
type Photo = testkit.Photo

var (
	en        = lang.English
	languages = testkit.Languages
)

// madeUp is what a fake.go with every field filled makes, for the sheet's own tests,
// which must not depend on the fake.go of the day.
func madeUp(seed int64) ([]photo.Photo, error) {
	c, err := catalog.Fake(context.Background(), testkit.Schema(), 50, seed, testkit.MadeUp)
	if err != nil {
		return nil, err
	}
	return c.Photos(), nil
}

// builtInSource grades list as a photos.go that writes it at places would.
func builtInSource(p *message.Printer, list []Photo, places []photo.Place) *Source {
	return codeSource(p, testkit.Code(list, testkit.MadeUpPhoto), nil, places)
}

// sheetOf grades every objective on s and prints the sheet, as a run of go test does;
// fake.go's photos are made by fakes instead, when s has code to grade.
func sheetOf(p *message.Printer, s *Source, fakes func(seed int64) ([]photo.Photo, error)) (map[int]Grade, string) {
	if s.fakes != nil {
		s.fakes = fakes
	}
	var out strings.Builder
	grades := Sheet(&out, p, s)
	return grades, out.String()
}

// lineWith returns the line of text that holds every one of parts, or "".
func lineWith(text string, parts ...string) string {
	for _, line := range strings.SplitAfter(text, "\n") { // each line with its newline
		ok := true
		for _, part := range parts {
			ok = ok && strings.Contains(line, part)
		}
		if ok {
			return line
		}
	}
	return ""
}
