package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"photoserver/internal/grading"
	"photoserver/internal/images"
	"photoserver/internal/lang"
)

// class is the graded class, sorted by name, ready to be written as a table, a CSV
// file or a page.
type class struct {
	p     *message.Printer
	tag   language.Tag
	fiche []grading.FicheLine
	rows  []row
	when  time.Time
}

// newClass sorts rows by name, as a class list is: small letters and accents aside
// (Émilie among the e's).
func newClass(p *message.Printer, tag language.Tag, rows []row) *class {
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(strings.Compare(sortKey(a.name), sortKey(b.name)), strings.Compare(a.name, b.name), strings.Compare(a.where, b.where))
	})
	return &class{p: p, tag: tag, fiche: grading.Fiche(p), rows: rows, when: time.Now()}
}

// points is a row's points on objective o as the table writes them: 4/4, -/2 when the
// objective cannot be told (Faker over the network), "" when nothing was graded.
func (c *class) points(r row, o grading.FicheLine) string {
	g, ok := r.grades[o.Number]
	switch {
	case !ok:
		return ""
	case g.Unknown != "":
		return "-/" + strconv.Itoa(o.Points)
	}
	return strconv.Itoa(g.Earned) + "/" + strconv.Itoa(o.Points)
}

// count is how many photos of a row met objective o, out of how many, as go test's
// sheet says it (7 of 14), or "" when no photo was graded on it.
func (c *class) count(r row, o grading.FicheLine) string {
	g, ok := r.grades[o.Number]
	if !ok || g.Unknown != "" || g.Of == 0 {
		return ""
	}
	return c.p.Sprintf("%s of %s", strconv.Itoa(g.Met), strconv.Itoa(g.Of))
}

// cell is a row's points on objective o with its count beside them, as the terminal
// writes them: 0/4 (7 of 14).
func (c *class) cell(r row, o grading.FicheLine) string {
	if n := c.count(r, o); n != "" {
		return c.points(r, o) + " (" + n + ")"
	}
	return c.points(r, o)
}

// totalCell is a row's total as the table writes it: 6/10, 8/8, or "".
func (c *class) totalCell(r row) string {
	if !r.graded() {
		return ""
	}
	earned, points := r.total()
	return strconv.Itoa(earned) + "/" + strconv.Itoa(points)
}

// header is the table's heading: the name, one column per objective, the total, the
// reason.
func (c *class) header() []string {
	h := []string{c.p.Sprintf("Name")}
	for _, o := range c.fiche {
		h = append(h, c.p.Sprintf("Obj. %s", strconv.Itoa(o.Number)))
	}
	return append(h, c.p.Sprintf("Total"), c.p.Sprintf("Reason"))
}

// writeTable writes the class to the terminal: what each objective is, then one row
// per pair, in columns. What a pair wrote is escaped (lang.Escape): a title with
// "\x1b[2K\r" in a reason cannot rewrite the teacher's terminal.
func (c *class) writeTable(w io.Writer) {
	fmt.Fprintln(w)
	for _, o := range c.fiche {
		fmt.Fprintln(w, c.p.Sprintf("Obj. %s: %s (%s)", strconv.Itoa(o.Number), o.Name, c.p.Sprintf("%s points", strconv.Itoa(o.Points))))
	}
	fmt.Fprintln(w)
	lines := [][]string{c.header()}
	for _, r := range c.rows {
		line := []string{lang.Escape(r.name)} // a folder's name is the pair's to choose
		for _, o := range c.fiche {
			line = append(line, c.cell(r, o))
		}
		lines = append(lines, append(line, c.totalCell(r), lang.Escape(r.why(c.p, c.fiche))))
	}
	widths := make([]int, len(lines[0]))
	for _, line := range lines {
		for i, s := range line {
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
		}
	}
	for _, line := range lines {
		var b strings.Builder
		for i, s := range line {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s))
			switch {
			case i == 0:
				b.WriteString(s + pad)
			case i == len(line)-1:
				b.WriteString("  " + s)
			default:
				b.WriteString("  " + pad + s) // points to the right, as numbers are
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	fmt.Fprintln(w)
}

// french reports whether the class is written for a French computer: ";" between the
// fields of the CSV file and a decimal comma, as Calc and Excel read it there.
func (c *class) french() bool { return c.tag == language.French }

// writeCSV writes the table for the gradebook: a header line, then one row per pair:
// name, folder or address, the points of each objective and how many photos met it (7
// of 14), the total and what it is out of (10, or 8 for a server on the network, as in
// the terminal: never scaled), the reason. A French computer gets UTF-8 with a BOM
// (Excel reads accents only so), ";" and a decimal comma.
func (c *class) writeCSV(w io.Writer) error {
	if c.french() {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	if c.french() {
		cw.Comma = ';'
	}
	head := []string{c.p.Sprintf("name"), c.p.Sprintf("folder or address")}
	for _, o := range c.fiche {
		head = append(head, c.p.Sprintf("objective %s", strconv.Itoa(o.Number)), c.p.Sprintf("objective %s: photos", strconv.Itoa(o.Number)))
	}
	head = append(head, c.p.Sprintf("total"), c.p.Sprintf("out of"), c.p.Sprintf("reason"))
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range c.rows {
		record := []string{lang.Escape(r.name), lang.Escape(r.where)}
		for _, o := range c.fiche {
			g, ok := r.grades[o.Number]
			if !ok || g.Unknown != "" {
				record = append(record, "", "")
				continue
			}
			record = append(record, strconv.Itoa(g.Earned), c.count(r, o))
		}
		total, of := "", ""
		if earned, points := r.total(); r.graded() {
			total, of = strconv.Itoa(earned), strconv.Itoa(points)
		}
		if err := cw.Write(append(record, total, of, lang.Escape(r.why(c.p, c.fiche)))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// page is what the HTML template shows. Every text that comes from a pair (a name, a
// folder, a reason, a photo's texts) is escaped with lang.Escape before the template
// escapes its HTML: html/template leaves control and bidirectional characters as they
// are.
type page struct {
	Lang, Title, Heading string
	Legend               []string
	Header               []string
	Rows                 []pageRow
	ReachedTitle         string
	Reached              []string
	PhotosTitle          string
	NoPicture            string
}

// pageRow is one pair on the page.
type pageRow struct {
	Name, Where string
	Cells       []pageCell
	Total       string
	Reason      string
	Full        bool // every point
	Graded      bool
	Photos      []pagePhoto
}

// pageCell is a pair's points on one objective, and how many photos met it.
type pageCell struct{ Points, Count string }

// pagePhoto is one photo of a pair, as the partner's page shows it: its picture, title,
// description and keyword, each refused text with its reason.
type pagePhoto struct {
	Picture                     template.URL // "" when the url names no picture the page can load
	Title, Description, Keyword string
	DescriptionWhy, KeywordWhy  string // "refused: ..." or ""
}

// pageTemplate is the page: one file, its style inside, nothing fetched from the
// internet but the pictures of the pairs' photos (a picture that does not load leaves
// its frame empty, the same size), readable when projected to the class.
var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.6em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #eee; white-space: nowrap; }
td.points { text-align: right; white-space: nowrap; }
td.points .count { font-size: 0.8em; color: #555; }
tr.full td.total { background: #d9f2d9; }
tr.missing td.total { background: #fde2c8; }
tr.none td { color: #777; }
td.where, .pair .where { font-size: 0.8em; color: #555; }
ul { line-height: 1.6; }
.pair { margin: 2em 0; border-top: 2px solid #bbb; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); gap: 1em; }
.card { border: 1px solid #ccc; border-radius: 6px; overflow: hidden; background: #fff; }
.card .picture { height: 10em; background: #eee; overflow: hidden; }
.card .picture img { width: 100%; height: 100%; object-fit: cover; display: block; }
.card .picture .none { padding: 4em 0.5em; text-align: center; color: #777; font-size: 0.9em; }
.card h3 { font-size: 1.05em; margin: 0.5em 0.6em 0.2em; overflow-wrap: anywhere; }
.card p { margin: 0.3em 0.6em; overflow-wrap: anywhere; }
.card .keyword::before { content: "#"; color: #777; }
.card .refused { background: #fde2c8; text-decoration: line-through; text-decoration-color: #c33; }
.card .why { color: #a22; font-size: 0.85em; }
</style>
</head>
<body>
<h1>{{.Heading}}</h1>
<ul>{{range .Legend}}<li>{{.}}</li>{{end}}</ul>
<table>
<thead><tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr class="{{if not .Graded}}none{{else if .Full}}full{{else}}missing{{end}}"><td>{{.Name}}<div class="where">{{.Where}}</div></td>{{range .Cells}}<td class="points">{{.Points}}{{with .Count}}<div class="count">{{.}}</div>{{end}}</td>{{end}}<td class="points total">{{.Total}}</td><td>{{.Reason}}</td></tr>
{{end}}</tbody>
</table>
<h2>{{.ReachedTitle}}</h2>
<ul>{{range .Reached}}<li>{{.}}</li>{{end}}</ul>
<h2>{{.PhotosTitle}}</h2>
{{$none := .NoPicture}}{{range .Rows}}{{if .Photos}}<section class="pair">
<h3>{{.Name}} &middot; {{.Total}}</h3><div class="where">{{.Where}}</div>
<div class="cards">
{{range .Photos}}<div class="card"><div class="picture">{{with .Picture}}<img src="{{.}}" alt="" loading="lazy">{{else}}<div class="none">{{$none}}</div>{{end}}</div>
<h3>{{.Title}}</h3>
<p class="description{{if .DescriptionWhy}} refused{{end}}">{{.Description}}</p>{{with .DescriptionWhy}}<p class="why">{{.}}</p>{{end}}
<p class="keyword{{if .KeywordWhy}} refused{{end}}">{{.Keyword}}</p>{{with .KeywordWhy}}<p class="why">{{.}}</p>{{end}}
</div>
{{end}}</div>
</section>
{{end}}{{end}}</body>
</html>
`))

// writeHTML writes the class as one page: the table, then, per objective, how many
// pairs reached it, then each pair's photos as the partner's page shows them.
func (c *class) writeHTML(w io.Writer) error {
	pg := page{
		Lang:         "en",
		Title:        c.p.Sprintf("Grades of the class"),
		Heading:      c.p.Sprintf("Grades of the class, %s", c.when.Format("2006-01-02 15:04")),
		Header:       c.header(),
		ReachedTitle: c.p.Sprintf("Objectives reached"),
		PhotosTitle:  c.p.Sprintf("The photos of each pair, as the partner's page shows them"),
		NoPicture:    c.p.Sprintf("no picture at this url"),
	}
	if c.french() {
		pg.Lang = "fr"
	}
	for _, o := range c.fiche {
		pg.Legend = append(pg.Legend, c.p.Sprintf("Obj. %s: %s (%s)", strconv.Itoa(o.Number), o.Name, c.p.Sprintf("%s points", strconv.Itoa(o.Points))))
		reached, told := 0, 0
		for _, r := range c.rows {
			if g, ok := r.grades[o.Number]; ok && g.Unknown == "" {
				told++
				if g.Earned == g.Points {
					reached++
				}
			}
		}
		pg.Reached = append(pg.Reached, c.p.Sprintf("Objective %s, %s: %s of %s", strconv.Itoa(o.Number), o.Name, strconv.Itoa(reached), pairs(c.p, c.french(), told)))
	}
	for _, r := range c.rows {
		pr := pageRow{Name: lang.Escape(r.name), Where: lang.Escape(r.where), Total: c.totalCell(r), Reason: lang.Escape(r.why(c.p, c.fiche)), Graded: r.graded()}
		for _, o := range c.fiche {
			pr.Cells = append(pr.Cells, pageCell{Points: c.points(r, o), Count: c.count(r, o)})
		}
		earned, points := r.total()
		pr.Full = r.graded() && earned == points
		for _, ph := range r.photos {
			pp := pagePhoto{Picture: pictureOf(r, ph.URL), Title: lang.Escape(ph.Title), Description: lang.Escape(ph.Description), Keyword: lang.Escape(ph.Keyword)}
			if ph.DescriptionWhy != "" {
				pp.DescriptionWhy = c.p.Sprintf("refused: %s", ph.DescriptionWhy)
			}
			if ph.KeywordWhy != "" {
				pp.KeywordWhy = c.p.Sprintf("refused: %s", ph.KeywordWhy)
			}
			pr.Photos = append(pr.Photos, pp)
		}
		pg.Rows = append(pg.Rows, pr)
	}
	return pageTemplate.Execute(w, pg)
}

// pictureOf is the address from which the page loads the picture of a photo of row r
// whose url is u: an address of the web as it is (http or https only), one of the
// pair's own pictures (chat.jpg, images/chat.jpg) from their folder, or from their
// server for a server on the network; "" for anything else (javascript:, data:, a
// picture the folder lacks), which the page shows as no picture.
func pictureOf(r row, u string) template.URL {
	u = strings.TrimSpace(u)
	remote := strings.HasPrefix(r.where, "http://") || strings.HasPrefix(r.where, "https://")
	if name, ok := images.LocalName(u); ok {
		if remote {
			base, err := url.Parse(r.where)
			if err != nil {
				return ""
			}
			return template.URL(base.ResolveReference(&url.URL{Path: images.At + name}).String())
		}
		path := filepath.Join(r.where, images.Dir, name)
		if info, err := os.Lstat(path); err != nil || !info.Mode().IsRegular() {
			return ""
		}
		slashed := filepath.ToSlash(path)
		if !strings.HasPrefix(slashed, "/") {
			slashed = "/" + slashed // C:/Eleves/... on Windows
		}
		return template.URL((&url.URL{Scheme: "file", Path: slashed}).String())
	}
	parsed, err := url.Parse(u)
	if err != nil || (parsed.Scheme != "http" && parsed.Scheme != "https") || parsed.Host == "" {
		return ""
	}
	return template.URL(parsed.String())
}

// pairs counts pairs: 1 pair, 12 pairs (0 binôme in French, which counts 0 as one).
func pairs(p *message.Printer, french bool, n int) string {
	if n == 1 || (n == 0 && french) {
		return p.Sprintf("%s pair", strconv.Itoa(n))
	}
	return p.Sprintf("%s pairs", strconv.Itoa(n))
}
