// Package grading is the teacher's grading sheet. It grades the exercise's objectives,
// with the fiche's points (a description for every photo, 4; a keyword for every photo,
// 4; photos made with Faker, 2, the secondary objective), on what the server really
// sends, from one source of photos: the students' code (photos.go and fake.go), a data
// file (PHOTOS_DATA) or a server on the network (PHOTOS_URL). Each problem is one line
// that names the photo and where to change what. The students' photos_test.go calls
// Objective once per objective, and their TestMain calls Main, which prints the sheet at
// the end of the run. Its French is its own (messages_fr.go): the server, which never
// prints a sheet, does not carry it.
package grading

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/message"

	"photoserver/internal/photo"
)

// An objective is one line of the exercise's fiche.
type objective struct {
	number int
	name   func(p *message.Printer) string
	points int
	grade  func(p *message.Printer, s *Source) Grade
}

// objectives are the fiche's: a description and a keyword for every photo, photos made
// with Faker (the secondary objective).
var objectives = []objective{
	{1, func(p *message.Printer) string { return p.Sprintf("a description for every photo") }, 4,
		func(p *message.Printer, s *Source) Grade { return gradeField(p, s, photo.Description) }},
	{2, func(p *message.Printer) string { return p.Sprintf("a keyword for every photo") }, 4,
		func(p *message.Printer, s *Source) Grade { return gradeField(p, s, photo.Keyword) }},
	{3, func(p *message.Printer) string { return p.Sprintf("photos made with Faker") }, 2,
		func(p *message.Printer, s *Source) Grade { return gradeFaker(p, s) }},
}

// Grade is what an objective earned on a source.
type Grade struct {
	Earned, Points int
	Met, Of        int      // how many photos meet the objective, out of how many
	Problems       []string // one line each
	Why            string   // when no photo could be graded: why, in one sentence
	Unknown        string   // why the objective cannot be told on this source (Faker from a data file, or over the network)
}

// score gives the objective its points: all of them when every photo meets it, none
// otherwise (the sheet shows how many do, for part credit).
func (g Grade) score(points int) Grade {
	g.Points = points
	if g.Why == "" && g.Unknown == "" && g.Of > 0 && g.Met == g.Of && len(g.Problems) == 0 {
		g.Earned = points
	}
	return g
}

// GradeAll grades every objective on s, by the objective's number.
func GradeAll(p *message.Printer, s *Source) map[int]Grade {
	grades := map[int]Grade{}
	for _, o := range objectives {
		grades[o.number] = o.grade(p, s).score(o.points)
	}
	return grades
}

// gradeField grades "a <field> for every photo": each photo must send, under the
// fiche's name of r ("description", the name the partner's page reads), a text that
// counts for the one checker (photo.Judgement: a sentence of words for a description,
// a name for a keyword, not the title again, not a copy); and for the description, not
// the same one on every photo.
func gradeField(p *message.Printer, s *Source, r photo.Role) Grade {
	g := Grade{Of: len(s.photos)}
	switch {
	case s.problem != "":
		g.Why = s.problem
		return g
	case len(s.photos) == 0:
		g.Why = p.Sprintf("there is no photo at all, so no photo has a %s: add photos", r.String())
		return g
	case s.schema != nil && s.schema.Name(r) != r.String():
		f := s.schema.Field(r)
		g.Why = p.Sprintf("%s: the %s is sent as %q, so the partner's page, which reads photo.%s, finds none: put back json:%q on the field %s",
			s.schema.GoFieldWhere("photos.go", f.GoName), r.String(), f.Name, r.String(), r.String(), f.GoName)
		return g
	}
	texts := textsOf(s, r)
	same := sameOnEvery(r, texts)
	verdicts, faker := judgeAll(s)
	for i, text := range texts {
		v := verdicts[i]
		e := v.Keyword
		if r == photo.Description {
			e = v.Description
		}
		switch {
		case same:
			g.Problems = append(g.Problems, s.sameOnEvery(p, i, r))
		case r == photo.Description && v.CopyOf >= 0:
			g.Problems = append(g.Problems, s.sameAs(p, i, v.CopyOf, r, v.Nearly))
		case r == photo.Description && v.OnlyTitle:
			g.Problems = append(g.Problems, s.titleAgain(p, i))
		case photo.Earns(e, faker):
			g.Met++
		default:
			g.Problems = append(g.Problems, s.textProblem(p, i, r, text, e))
		}
	}
	return g
}

// textsOf is the text of role r that each photo of s sends, "" when it sends none.
func textsOf(s *Source, r photo.Role) []string {
	texts := make([]string, len(s.photos))
	for i, ph := range s.photos {
		texts[i], _ = ph[r.String()].(string)
	}
	return texts
}

// sameOnEvery reports whether texts, the descriptions of a list, are all the same one
// (and one that would count alone): then none counts.
func sameOnEvery(r photo.Role, texts []string) bool {
	return r == photo.Description && len(texts) >= 2 && photo.Counts(r, texts[0]) &&
		!slices.ContainsFunc(texts, func(t string) bool { return t != texts[0] })
}

// judgeAll is what the one checker (photo.Judgement) says of each photo of s, over the
// whole list (a copy, a letter or two apart or not, counts only on the first photo, as
// the server says it), and whether go-faker made the list.
func judgeAll(s *Source) ([]photo.Verdict, bool) {
	judge := photo.NewJudgement()
	verdicts := make([]photo.Verdict, len(s.photos))
	for i, ph := range s.photos {
		d, _ := ph[photo.Description.String()].(string)
		k, _ := ph[photo.Keyword.String()].(string)
		verdicts[i] = judge.Photo(titleOf(ph), d, k)
	}
	return verdicts, judge.Faker
}

// titleOf is the title a photo sends, or "".
func titleOf(ph map[string]any) string {
	t, _ := ph[photo.Title.String()].(string)
	return t
}

// printSheet writes the sheet of the objectives graded: one line each with its points,
// how many photos meet it, then the total.
func printSheet(w io.Writer, p *message.Printer, s *Source, grades map[int]Grade) {
	if len(grades) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, p.Sprintf("Grading sheet: %s", s.Describe))
	var names []string
	width := 0
	for _, o := range objectives {
		name := p.Sprintf("Objective %s, %s", strconv.Itoa(o.number), o.name(p))
		names = append(names, name)
		width = max(width, utf8.RuneCountInString(name))
	}
	earned, points := 0, 0
	for i, o := range objectives {
		g, ran := grades[o.number]
		if !ran {
			continue
		}
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(names[i]))
		var detail string
		switch {
		case g.Unknown != "":
			detail = g.Unknown
		case g.Why != "" && g.Of == 0:
			detail = p.Sprintf("no photo graded: see above")
		default:
			detail = p.Sprintf("%s of %s", strconv.Itoa(g.Met), p.Sprintf("%d photos", g.Of))
		}
		score := strconv.Itoa(g.Earned) + "/" + strconv.Itoa(o.points)
		if g.Unknown != "" {
			score = "-/" + strconv.Itoa(o.points)
		} else {
			points += o.points
		}
		earned += g.Earned
		fmt.Fprintf(w, "  %s%s  %5s  %s\n", names[i], pad, score, detail)
	}
	total := p.Sprintf("Total")
	fmt.Fprintf(w, "  %s%s  %5s\n", total, strings.Repeat(" ", width-utf8.RuneCountInString(total)), strconv.Itoa(earned)+"/"+strconv.Itoa(points))
	for _, warning := range s.warnings { // what costs no point, but keeps the partner's page from working
		fmt.Fprintln(w, "  "+p.Sprintf("Warning: %s", warning))
	}
}

// Sheet grades every objective on s and writes the sheet, as a run of go test does.
func Sheet(w io.Writer, p *message.Printer, s *Source) map[int]Grade {
	grades := GradeAll(p, s)
	printSheet(w, p, s, grades)
	return grades
}
