// Package images draws the picture of a photo for -offline: a 640x480 SVG with the
// photo's title and keyword on a background whose colour comes from the photo, so that
// a class on a network without internet (or behind a filter that blocks the pictures)
// still sees a full gallery. The server answers it at Path(id).
package images

import (
	"fmt"
	"hash/crc32"
	"html"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A picture's address on this server is At + id + Ext: /images/3.svg.
const (
	At  = "/images/"
	Ext = ".svg"
)

// Path is the address, on this server, of the picture drawn for photo id.
func Path(id int) string { return At + strconv.Itoa(id) + Ext }

// Draw draws a 640x480 picture for photo id with its title and keyword: a background
// whose colour comes from the photo (the same photo always gets the same colour), its
// title and its keyword.
// Every text from the data is escaped, so the SVG stays well-formed and shows it as text.
// The title is wrapped and sized by its estimated width (see textEm), so that no letter
// leaves the picture, whatever the script.
func Draw(id int, title, keyword string) []byte {
	hue := float64(crc32.ChecksumIEEE([]byte(strconv.Itoa(id)+"\x00"+title)) % 360)
	top, bottom := hslHex(hue, 0.55, 0.50), hslHex(math.Mod(hue+40, 360), 0.60, 0.30)
	lines, size := layoutTitle(xmlText(title))
	var b strings.Builder
	b.Grow(1024)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 640 480">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient></defs>
<rect width="640" height="480" fill="url(#bg)"/>
<circle cx="540" cy="90" r="50" fill="#ffffff" fill-opacity="0.25"/>
<path d="M0 400 L170 250 L300 360 L420 270 L640 420 L640 480 L0 480 Z" fill="#000000" fill-opacity="0.25"/>
<g font-family="DejaVu Sans, Arial, sans-serif" fill="#ffffff" text-anchor="middle">
`, top, bottom)
	step := size * 13 / 10 // the line spacing: 52 px at font-size 40
	y := 240 - step*(len(lines)-1)/2
	for _, line := range lines {
		fmt.Fprintf(&b, "<text x=\"320\" y=\"%d\" font-size=\"%d\" font-weight=\"bold\">%s</text>\n", y, size, html.EscapeString(line))
		y += step
	}
	tag := fitLine("#"+xmlText(keyword), float64(lineWidth)/keywordSize)
	fmt.Fprintf(&b, "<text x=\"320\" y=\"%d\" font-size=\"%d\" fill-opacity=\"0.9\">%s</text>\n", y+8, keywordSize, html.EscapeString(tag))
	fmt.Fprintf(&b, "<text x=\"24\" y=\"460\" font-size=\"18\" text-anchor=\"start\" fill-opacity=\"0.8\">photo %d</text>\n</g>\n</svg>\n", id)
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

// The room the texts have in the picture, in pixels.
const (
	lineWidth     = 600 // the widest a line may be: the picture is 640 wide, with 20 px margins
	maxTitleLines = 3   // the title never takes more lines
	keywordSize   = 26  // the font size of the #keyword line
)

// titleSizes are the font sizes tried for the title, largest first (see layoutTitle).
var titleSizes = []int{40, 34, 28, 24}

// layoutTitle cuts title into lines of at most lineWidth pixels, in at most maxTitleLines
// lines, at the largest of titleSizes at which no word has to be cut, or else at the
// largest at which it fits with its longest words cut. At the smallest size, a title that
// still needs more lines keeps its first lines, the last one ending with "…".
func layoutTitle(title string) (lines []string, size int) {
	widestWord := 0.0
	for _, word := range strings.Fields(title) {
		widestWord = max(widestWord, textEm(word))
	}
	for _, cutWords := range []bool{false, true} {
		for _, size = range titleSizes {
			maxEm := lineWidth / float64(size)
			if !cutWords && widestWord > maxEm {
				continue
			}
			lines = wrapText(title, maxEm, maxTitleLines)
			if len(lines) <= maxTitleLines {
				return lines, size
			}
		}
	}
	lines = lines[:maxTitleLines]
	lines[maxTitleLines-1] = withEllipsis(lines[maxTitleLines-1], lineWidth/float64(size))
	return lines, size
}

// wrapText cuts text into lines at most maxEm wide (see textEm), between words. A word
// wider than a line is cut between two clusters (see clusters). It stops after
// maxLines+1 lines: one more than maxLines says that the text does not fit.
func wrapText(text string, maxEm float64, maxLines int) []string {
	var lines []string
	line, lineEm := "", 0.0
	space := textEm(" ")
	for _, word := range strings.Fields(text) {
		wordEm := textEm(word)
		switch {
		case line == "":
		case lineEm+space+wordEm <= maxEm:
			line, lineEm = line+" ", lineEm+space
		case wordEm <= maxEm: // the word goes whole to the next line
			lines = append(lines, line)
			line, lineEm = "", 0
		default: // the word is cut anyway: it starts on this line
			line, lineEm = line+" ", lineEm+space
		}
		for c, rest := firstCluster(word); c != ""; c, rest = firstCluster(rest) {
			pieces := []string{c}
			if clusterEm(c) > maxEm { // a long chain of joined emoji: cut it too
				pieces = strings.Split(c, "")
			}
			for _, piece := range pieces {
				pieceEm := clusterEm(piece)
				if line != "" && lineEm+pieceEm > maxEm {
					lines = append(lines, strings.TrimSuffix(line, " "))
					line, lineEm = "", 0
					if len(lines) > maxLines {
						return lines
					}
				}
				line, lineEm = line+piece, lineEm+pieceEm
			}
		}
		if len(lines) > maxLines {
			return lines
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// fitLine returns s if it is at most maxEm wide, or else its beginning ending with "…".
func fitLine(s string, maxEm float64) string {
	if textEm(s) <= maxEm {
		return s
	}
	return withEllipsis(s, maxEm)
}

// withEllipsis ends s with "…", keeping as many of its first clusters as fit in maxEm.
func withEllipsis(s string, maxEm float64) string {
	room := maxEm - textEm("…")
	kept, keptEm := 0, 0.0
	for c, rest := firstCluster(s); c != ""; c, rest = firstCluster(rest) {
		if keptEm+clusterEm(c) > room {
			break
		}
		kept, keptEm = kept+len(c), keptEm+clusterEm(c)
	}
	return strings.TrimRight(s[:kept], " ") + "…"
}

// textEm estimates how wide s is drawn, in em: multiply by the font size for pixels. The
// estimate is never narrower than the real text in the fonts a browser may use here (see
// charWidths): a line estimated to fit does fit.
func textEm(s string) float64 {
	em := 0.0
	for c, rest := firstCluster(s); c != ""; c, rest = firstCluster(rest) {
		em += clusterEm(c)
	}
	return em
}

// clusterEm is the width of one cluster in em: the sum of its characters, and at least
// emojiEm when U+FE0F asks for the emoji picture of the character before it (©️, 1️⃣).
func clusterEm(c string) float64 {
	em := 0.0
	for _, r := range c {
		em += runeEm(r)
	}
	if strings.ContainsRune(c, 0xFE0F) {
		em = max(em, emojiEm)
	}
	return em
}

// Widths in em of the characters in no row of charWidths.
const (
	otherEm = 2.0  // in the first 65536 characters: other scripts, signs, symbols
	emojiEm = 1.65 // beyond: emoji and the like; DejaVu Sans Bold draws 😴 1.60 em wide
)

// charWidths says how wide characters are drawn, in em: the first row that holds a
// character gives its width. Each width is at least the advance of the widest glyph of
// its row in the bold fonts that a browser may use for these pictures: DejaVu Sans Bold
// (the widest), Liberation Sans Bold (Arial's metrics), Noto Sans Bold, and for the other
// scripts the Noto fonts (Noto Sans Arabic, Noto Sans CJK, Noto Color Emoji...).
var charWidths = []struct {
	chars  string  // these characters
	lo, hi rune    // or this range of characters
	em     float64 // are at most this wide
}{
	{chars: " ", em: 0.35},
	{chars: "ijlIJ.,:;'!|()[]/\\frt-", em: 0.57},
	{chars: "0123456789abcdeghknopqsuvxyz$?*\"_{}`", em: 0.72},
	{chars: "ABCDEFGHKLNOPQRSTUVXYZ#&+<=>^~", em: 0.88},
	{chars: "MWmw@%…", em: 1.11}, // W is the widest: 1.10 em

	// The few that are wider than their row below or than otherEm: ‱, long dashes, Arabic
	// signs, some Thai, Tamil, Malayalam, Myanmar, Canadian, Khmer, Sundanese and Javanese.
	{chars: "‱⸺⸻\u0600\u0604\u06DD۞๛ஔ\u0BCA\u0BCC௵௸ഐ൝൸ဪᙱᙲᙵᙶ៘᳄꧃꧄꧅", em: 3},
	{chars: "﷽", em: 8},          // the Basmala, one ligature
	{chars: "〰〽㊗㊙", em: emojiEm}, // emoji among the CJK characters

	{lo: 0x00A0, hi: 0x017F, em: 1.17}, // accented Latin letters (é, ß, Ł): Œ is the widest
	{lo: 0x0370, hi: 0x045F, em: 1.33}, // Greek, and Cyrillic of today: Щ is the widest
	{lo: 0x1E00, hi: 0x1EFF, em: 1.11}, // Latin Extended Additional (Vietnamese ế): Ẁ is the widest
	{lo: 0x0180, hi: 0x052F, em: 1.6},  // other Latin, Greek or Cyrillic letters: Ǆ 1.56 em
	{lo: 0x1F00, hi: 0x1FFF, em: 1.6},  // Greek with accents (ᾪ)
	{lo: 0x0590, hi: 0x05FF, em: 0.81}, // Hebrew: ש is the widest
	{lo: 0x0620, hi: 0x06FF, em: 1.55}, // Arabic letters: ص 1.42 em, ے 1.55 in Noto Nastaliq Urdu
	{lo: 0xFB50, hi: 0xFDFC, em: 3},    // Arabic ligatures
	{lo: 0x0900, hi: 0x097F, em: 1.14}, // Devanagari (Hindi, Marathi, Nepali): ओ is the widest
	{lo: 0x0E00, hi: 0x0E7F, em: 0.96}, // Thai: ฒ is the widest

	{lo: 0x2E80, hi: 0x4DBF, em: 1},   // CJK punctuation, kana, Bopomofo...
	{lo: 0x4E00, hi: 0xA4CF, em: 1},   // CJK ideographs (Chinese, Japanese kanji), Yi
	{lo: 0xAC00, hi: 0xD7FF, em: 1},   // Hangul
	{lo: 0x1100, hi: 0x11FF, em: 1},   // Hangul jamo
	{lo: 0xF900, hi: 0xFAFF, em: 1},   // more CJK ideographs
	{lo: 0xFF00, hi: 0xFFEF, em: 1},   // fullwidth forms
	{lo: 0x20000, hi: 0x3FFFF, em: 1}, // more CJK ideographs

	{lo: 0x12000, hi: 0x1254F, em: 4.7}, // cuneiform
	{lo: 0x10000, hi: 0x1CFFF, em: 2.8}, // scripts of the past: Grantha 2.77 em
	{lo: 0x1EC70, hi: 0x1ECBF, em: 2.2}, // Indic Siyaq numbers
}

// runeEm is the width of r in em; marks, variation selectors and joiners take no room.
func runeEm(r rune) float64 {
	if zeroWidth(r) {
		return 0
	}
	for _, row := range charWidths {
		if row.chars != "" && strings.ContainsRune(row.chars, r) || row.chars == "" && row.lo <= r && r <= row.hi {
			return row.em
		}
	}
	if r > 0xFFFF {
		return emojiEm
	}
	return otherEm
}

// zeroWidth tells the characters drawn on the one before them, or not at all: combining
// accents, zero-width spaces and joiners, variation selectors and the tags of flags.
func zeroWidth(r rune) bool {
	return unicode.Is(unicode.Mn, r) ||
		0x200B <= r && r <= 0x200F || 0x2060 <= r && r <= 0x2064 || r == 0xFEFF ||
		0xFE00 <= r && r <= 0xFE0F || 0xE0000 <= r && r <= 0xE007F || 0xE0100 <= r && r <= 0xE01EF
}

// zwj is U+200D ZERO WIDTH JOINER: the emoji on each side of it are drawn as one (👨‍👩‍👧).
const zwj = 0x200D

// firstCluster cuts off the start of s the first piece a line must not split: a
// character with the marks that follow it (accents, variation selectors, skin tones,
// keycaps), emoji joined by zwj, or the two letters of a flag (🇫🇷). Called again on rest
// until cluster is "", it cuts s into all its pieces.
func firstCluster(s string) (cluster, rest string) {
	prev, flagOpen := rune(0), false
	for i, r := range s {
		regional := 0x1F1E6 <= r && r <= 0x1F1FF
		joins := extendsCluster(r) || prev == zwj || regional && flagOpen
		if i > 0 && !joins {
			return s[:i], s[i:]
		}
		flagOpen = regional && !flagOpen
		prev = r
	}
	return s, ""
}

// extendsCluster tells the characters that belong with the one before them.
func extendsCluster(r rune) bool {
	return unicode.Is(unicode.M, r) || r == zwj || r == 0x200C ||
		0xFE00 <= r && r <= 0xFE0F || 0x1F3FB <= r && r <= 0x1F3FF ||
		0xE0020 <= r && r <= 0xE007F || 0xE0100 <= r && r <= 0xE01EF
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
