package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"photoserver/internal/grading"
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

// cell is a row's points on objective o as the table writes them: 4/4, -/2 when the
// objective cannot be told (Faker over the network), "" when nothing was graded.
func (c *class) cell(r row, o grading.FicheLine) string {
	g, ok := r.grades[o.Number]
	switch {
	case !ok:
		return ""
	case g.Unknown != "":
		return "-/" + strconv.Itoa(o.Points)
	}
	return strconv.Itoa(g.Earned) + "/" + strconv.Itoa(o.Points)
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
// per pair, in columns.
func (c *class) writeTable(w io.Writer) {
	fmt.Fprintln(w)
	for _, o := range c.fiche {
		fmt.Fprintln(w, c.p.Sprintf("Obj. %s: %s (%s)", strconv.Itoa(o.Number), o.Name, c.p.Sprintf("%s points", strconv.Itoa(o.Points))))
	}
	fmt.Fprintln(w)
	lines := [][]string{c.header()}
	for _, r := range c.rows {
		line := []string{r.name}
		for _, o := range c.fiche {
			line = append(line, c.cell(r, o))
		}
		lines = append(lines, append(line, c.totalCell(r), r.why(c.p, c.fiche)))
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

// number writes a number as the gradebook's spreadsheet reads it: 7.5, or 7,5 in French.
func (c *class) number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if c.french() {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// writeCSV writes the table for the gradebook: a header line, then one row per pair:
// name, folder or address, the points of each objective, the total out of 10 (scaled
// when an objective cannot be told: 6 of 8 is 7.5), the reason. A French computer gets
// UTF-8 with a BOM (Excel reads accents only so), ";" and a decimal comma.
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
		head = append(head, c.p.Sprintf("objective %s", strconv.Itoa(o.Number)))
	}
	head = append(head, c.p.Sprintf("total out of 10"), c.p.Sprintf("reason"))
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range c.rows {
		record := []string{r.name, r.where}
		for _, o := range c.fiche {
			g, ok := r.grades[o.Number]
			if !ok || g.Unknown != "" {
				record = append(record, "")
				continue
			}
			record = append(record, strconv.Itoa(g.Earned))
		}
		total := ""
		if earned, points := r.total(); r.graded() && points > 0 {
			total = c.number(float64(earned) * 10 / float64(points))
		}
		if err := cw.Write(append(record, total, r.why(c.p, c.fiche))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// page is what the HTML template shows.
type page struct {
	Lang, Title, Heading string
	Legend               []string
	Header               []string
	Rows                 []pageRow
	ReachedTitle         string
	Reached              []string
}

// pageRow is one pair on the page.
type pageRow struct {
	Name, Where string
	Cells       []string
	Total       string
	Reason      string
	Full        bool // every point
	Graded      bool
}

// pageTemplate is the page: one file, its style inside, nothing fetched from the
// internet, readable when projected to the class.
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
tr.full td.total { background: #d9f2d9; }
tr.missing td.total { background: #fde2c8; }
tr.none td { color: #777; }
td.where { font-size: 0.8em; color: #555; }
ul { line-height: 1.6; }
</style>
</head>
<body>
<h1>{{.Heading}}</h1>
<ul>{{range .Legend}}<li>{{.}}</li>{{end}}</ul>
<table>
<thead><tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr class="{{if not .Graded}}none{{else if .Full}}full{{else}}missing{{end}}"><td>{{.Name}}<div class="where">{{.Where}}</div></td>{{range .Cells}}<td class="points">{{.}}</td>{{end}}<td class="points total">{{.Total}}</td><td>{{.Reason}}</td></tr>
{{end}}</tbody>
</table>
<h2>{{.ReachedTitle}}</h2>
<ul>{{range .Reached}}<li>{{.}}</li>{{end}}</ul>
</body>
</html>
`))

// writeHTML writes the class as one page: the table, then, per objective, how many
// pairs reached it.
func (c *class) writeHTML(w io.Writer) error {
	pg := page{
		Lang:         "en",
		Title:        c.p.Sprintf("Grades of the class"),
		Heading:      c.p.Sprintf("Grades of the class, %s", c.when.Format("2006-01-02 15:04")),
		Header:       c.header(),
		ReachedTitle: c.p.Sprintf("Objectives reached"),
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
		pr := pageRow{Name: r.name, Where: r.where, Total: c.totalCell(r), Reason: r.why(c.p, c.fiche), Graded: r.graded()}
		for _, o := range c.fiche {
			pr.Cells = append(pr.Cells, c.cell(r, o))
		}
		earned, points := r.total()
		pr.Full = r.graded() && earned == points
		pg.Rows = append(pg.Rows, pr)
	}
	return pageTemplate.Execute(w, pg)
}

// pairs counts pairs: 1 pair, 12 pairs (0 binôme in French, which counts 0 as one).
func pairs(p *message.Printer, french bool, n int) string {
	if n == 1 || (n == 0 && french) {
		return p.Sprintf("%s pair", strconv.Itoa(n))
	}
	return p.Sprintf("%s pairs", strconv.Itoa(n))
}
