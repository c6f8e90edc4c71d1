package grading

import (
	"errors"
	"strconv"

	"golang.org/x/text/message"

	"photoserver/internal/catalog"
	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// gradeFaker grades "photos made with Faker": the photos fake.go makes must have every
// text filled, and the texts must be made up by go-faker: in fake.go, each text field
// of every photo fakePhoto returns flows from a faker call (fakerFlow), and when made,
// each text changes with the seed (a photo whose text is the same with seeds 1, 2 and
// 3 was not made up; one photo in ten is left to chance, faker.Word's 180 words).
func gradeFaker(p *message.Printer, s *Source) Grade {
	switch {
	case s.fakes == nil && s.noFaker != "":
		return Grade{Unknown: s.noFaker}
	case s.fakes == nil:
		return Grade{Why: s.problem}
	}
	list, err := s.fakes(1)
	var dup *catalog.DuplicateIDError
	if errors.As(err, &dup) {
		return Grade{Why: dup.InFake(p, s.schema.Field(photo.ID).GoName)}
	}
	var call *photo.CallError
	if errors.As(err, &call) {
		return Grade{Why: call.Explain(p)}
	}
	if err != nil {
		return Grade{Why: p.Sprintf("fake.go could not make photos (%v): run go run . -fake 5 to see why", reason(p, err))}
	}
	var others [][]photo.Photo
	for _, seed := range []int64{2, 3} {
		if other, err := s.fakes(seed); err == nil && len(other) == len(list) {
			others = append(others, other)
		}
	}
	g := Grade{Of: len(list)}
	fakeGo := "fake.go"
	if s.fakePath != "" {
		fakeGo = s.fakePath
	}
	at, found := s.schema.GoPlace(fakeGo)
	at.File = "fake.go" // named as the pair sees it
	where := func(r photo.Role) string {
		if !found {
			return "fake.go"
		}
		if f, written := at.Fields[s.schema.Name(r)]; written {
			return at.Where(p, f.Line)
		}
		return at.Where(p, at.Line)
	}
	roles := []photo.Role{photo.URL, photo.Title, photo.Description, photo.Keyword}
	missing, same := map[photo.Role]int{}, map[photo.Role]int{}
	for i, ph := range list {
		ok := true
		for _, r := range roles {
			if photo.Empty(ph.Text(r)) {
				missing[r]++
				ok = false
			} else if len(others) == 2 && r != photo.URL && ph.Text(r) == others[0][i].Text(r) && ph.Text(r) == others[1][i].Text(r) {
				same[r]++
			}
		}
		if ok {
			g.Met++
		}
	}
	for _, r := range roles {
		switch {
		case missing[r] > 0:
			g.Problems = append(g.Problems, p.Sprintf("%s: the %s field is empty in %s made with faker: fill it with faker, such as %s",
				where(r), r.String(), p.Sprintf("%d photos", missing[r]), fakerExample(s.schema, r)))
		case same[r]*10 > len(list): // the same text whatever the seed: written by hand
			g.Problems = append(g.Problems, p.Sprintf("%s: the %s field is not made up by faker: it stays the same with another seed; fill it with faker, such as %s",
				where(r), r.String(), fakerExample(s.schema, r)))
			g.Met = 0
		}
	}
	if s.fakeGoUnread {
		g.Problems = append(g.Problems, p.Sprintf("fake.go is not a plain Go file of at most %s, so its texts cannot be followed to faker: write fakePhoto in fake.go, a plain file, with faker, such as %s",
			lang.Size(p, maxFakeGo), fakerExample(s.schema, photo.Title)))
		g.Met = 0
	}
	if s.fakeGo != nil {
		var fields []string
		for _, r := range []photo.Role{photo.Title, photo.Description, photo.Keyword} {
			fields = append(fields, s.schema.Field(r).GoName)
		}
		problems, found := fakerFlow(s.fakeGo, fields)
		if !found { // fakePhoto written elsewhere (photos.go): the fiche asks it in fake.go, where it is checked
			g.Problems = append(g.Problems, p.Sprintf("fake.go has no fakePhoto that returns a Photo: write fakePhoto in fake.go, with faker, such as %s", fakerExample(s.schema, photo.Title)))
			g.Met = 0
		}
		for _, pr := range problems {
			r := photo.Title
			for _, role := range []photo.Role{photo.Description, photo.Keyword} {
				if s.schema.Field(role).GoName == pr.Field {
					r = role
				}
			}
			g.Problems = append(g.Problems, p.Sprintf("%s: the %s field is not made by a faker function here (it comes from the seed, n or a text written by hand): fill it with faker, such as %s",
				"fake.go:"+strconv.Itoa(pr.Line), r.String(), fakerExample(s.schema, r)))
		}
		if len(problems) > 0 {
			g.Met = 0
		}
	}
	return g
}

// fakerExample is the line of fake.go that fills the field of role r.
func fakerExample(s *photo.Schema, r photo.Role) string {
	name := s.Field(r).GoName
	switch r {
	case photo.Description:
		return name + ": faker.Paragraph(),"
	case photo.Keyword:
		return name + ": faker.Word(),"
	case photo.Title:
		return name + ": faker.Sentence(),"
	}
	return name + `: "https://picsum.photos/seed/...",`
}
