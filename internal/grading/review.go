package grading

import (
	"strconv"

	"golang.org/x/text/message"

	"photoserver/internal/photo"
)

// Reviewed is one photo as the partner's page shows it, and what the one checker says
// of its description and keyword: for a page where the teacher reads a pair's texts,
// and can overrule the machine knowingly.
type Reviewed struct {
	Title, URL, Description, Keyword string // as the server sends them, unescaped
	DescriptionWhy, KeywordWhy       string // why the text earns nothing, in a few words; "" when it counts
}

// Review is every photo of s as the partner's page reads it, each refused description
// or keyword with its reason, by the very verdicts the objectives grade with.
func Review(p *message.Printer, s *Source) []Reviewed {
	if len(s.photos) == 0 {
		return nil
	}
	verdicts, faker := judgeAll(s)
	url := photo.URL.String()
	if s.schema != nil {
		url = s.schema.Name(photo.URL)
	}
	descriptions, keywords := textsOf(s, photo.Description), textsOf(s, photo.Keyword)
	same := sameOnEvery(photo.Description, descriptions)
	out := make([]Reviewed, len(s.photos))
	for i, ph := range s.photos {
		v := verdicts[i]
		out[i] = Reviewed{Title: titleOf(ph), Description: descriptions[i], Keyword: keywords[i]}
		out[i].URL, _ = ph[url].(string)
		switch {
		case same:
			out[i].DescriptionWhy = p.Sprintf("the same on every photo")
		case v.CopyOf >= 0 && v.Nearly:
			out[i].DescriptionWhy = p.Sprintf("nearly the same as photo %s's, a letter or two apart", strconv.Itoa(v.CopyOf+1))
		case v.CopyOf >= 0:
			out[i].DescriptionWhy = p.Sprintf("the same as photo %s's", strconv.Itoa(v.CopyOf+1))
		case v.OnlyTitle:
			out[i].DescriptionWhy = p.Sprintf("only repeats the title")
		default:
			out[i].DescriptionWhy = refusal(p, v.Description, faker)
		}
		out[i].KeywordWhy = refusal(p, v.Keyword, faker)
	}
	return out
}

// refusal is why a text judged e earns nothing, or "" when it counts.
func refusal(p *message.Printer, e photo.Emptiness, faker bool) string {
	switch {
	case photo.Earns(e, faker):
		return ""
	case e == photo.Blank:
		return p.Sprintf("missing")
	}
	return photo.Reason(p, e)
}
