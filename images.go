package main

import (
	"fmt"
	"hash/crc32"
	"html"
	"math"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"
)

// handleImage answers /images/{id}.svg: a picture the server draws for a photo, so that
// a class on a network without internet still sees a full gallery (see -offline).
func handleImage(st *store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := st.current()
		name := r.PathValue("file")
		idText, isSVG := strings.CutSuffix(name, ".svg")
		id, err := strconv.Atoi(idText)
		i, found := c.byID[id]
		if !isSVG || err != nil || !found {
			writeError(w, http.StatusNotFound, fmt.Sprintf("there is no picture %s: pictures are /images/<id>.svg, such as /images/1.svg", name))
			return
		}
		h := w.Header()
		h["Content-Security-Policy"] = hdrSVGPolicy
		h["Cache-Control"] = hdrNoCache
		writePayload(w, r, newPayload(drawPhoto(c.photos[i]), ""), hdrSVG, nil)
	}
}

var (
	hdrSVG       = []string{"image/svg+xml"}
	hdrSVGPolicy = []string{"default-src 'none'; style-src 'unsafe-inline'"}
)

// drawPhoto draws a 640x480 picture for p: a background whose colour comes from the
// photo (the same photo always gets the same colour), its title and its keyword.
// Every text from the data is escaped, so the SVG stays well-formed and shows it as text.
func drawPhoto(p Photo) []byte {
	hue := float64(crc32.ChecksumIEEE([]byte(strconv.Itoa(p.ID)+"\x00"+p.Title)) % 360)
	top, bottom := hslHex(hue, 0.55, 0.50), hslHex(math.Mod(hue+40, 360), 0.60, 0.30)
	lines := wrap(xmlText(p.Title), 28, 3)
	var b strings.Builder
	b.Grow(1024)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 640 480">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient></defs>
<rect width="640" height="480" fill="url(#bg)"/>
<circle cx="540" cy="90" r="50" fill="#ffffff" fill-opacity="0.25"/>
<path d="M0 400 L170 250 L300 360 L420 270 L640 420 L640 480 L0 480 Z" fill="#000000" fill-opacity="0.25"/>
<g font-family="DejaVu Sans, Arial, sans-serif" fill="#ffffff" text-anchor="middle">
`, top, bottom)
	y := 240 - 26*(len(lines)-1)
	for _, line := range lines {
		fmt.Fprintf(&b, "<text x=\"320\" y=\"%d\" font-size=\"40\" font-weight=\"bold\">%s</text>\n", y, html.EscapeString(line))
		y += 52
	}
	fmt.Fprintf(&b, "<text x=\"320\" y=\"%d\" font-size=\"26\" fill-opacity=\"0.9\">#%s</text>\n", y+8, html.EscapeString(truncate(xmlText(p.Keyword), 40)))
	fmt.Fprintf(&b, "<text x=\"24\" y=\"460\" font-size=\"18\" text-anchor=\"start\" fill-opacity=\"0.8\">photo %d</text>\n</g>\n</svg>\n", p.ID)
	return []byte(b.String())
}

// xmlText drops the characters that XML cannot hold at all, even escaped.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		if r < 0x20 || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
}

// wrap splits text into at most maxLines lines of about width characters, by words.
func wrap(text string, width, maxLines int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] += " …"
	}
	for i := range lines {
		lines[i] = truncate(lines[i], width+4)
	}
	return lines
}

// truncate keeps at most n characters of s, marking the cut with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// hslHex turns a hue (0-360), saturation and lightness (0-1) into #rrggbb.
func hslHex(h, s, l float64) string {
	c := (1 - math.Abs(2*l-1)) * s
	x := c * (1 - math.Abs(math.Mod(h/60, 2)-1))
	m := l - c/2
	var r, g, b float64
	switch {
	case h < 60:
		r, g = c, x
	case h < 120:
		r, g = x, c
	case h < 180:
		g, b = c, x
	case h < 240:
		g, b = x, c
	case h < 300:
		r, b = x, c
	default:
		r, b = c, x
	}
	to := func(v float64) int { return int(math.Round((v + m) * 255)) }
	return fmt.Sprintf("#%02x%02x%02x", to(r), to(g), to(b))
}
