package images

import (
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLongTitlesAreWrappedAndCut(t *testing.T) {
	long := strings.Repeat("Une très longue phrase inventée ", 10)
	lines := svgLines(t, Draw(1, long, strings.Repeat("k", 100)))
	if len(lines) != 5 { // three lines of title, the keyword, the photo number
		t.Fatalf("got %d texts, want 3 title lines, the keyword and the number: %+v", len(lines), lines)
	}
	for _, line := range lines {
		if px := textEm(line.text) * line.size; px > lineWidth {
			t.Errorf("the line %q at font-size %g is %.0f px wide: it does not fit in %d px", line.text, line.size, px, lineWidth)
		}
	}
	if last := lines[2].text; !strings.HasSuffix(last, "…") {
		t.Errorf("the last title line is %q: it should end with … since the title is cut", last)
	}
	if kw := lines[3].text; !strings.HasPrefix(kw, "#kkk") || !strings.HasSuffix(kw, "…") {
		t.Errorf("the keyword line is %q, want #kkk… cut with an ellipsis", kw)
	}
}

// svgLine is a <text> of a picture: what it shows and how it is drawn.
type svgLine struct {
	text string
	size float64 // font-size, in px
	bold bool    // font-weight="bold": the lines of the title are
}

// svgLines parses a picture and returns its <text> elements, failing the test when it is
// not well-formed or a font-size is missing.
func svgLines(t *testing.T, svg []byte) []svgLine {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = true
	var lines []svgLine
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return lines
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "text"
			if inText {
				line := svgLine{}
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "font-size":
						line.size, err = strconv.ParseFloat(a.Value, 64)
						if err != nil {
							t.Fatalf("font-size %q is not a number:\n%s", a.Value, svg)
						}
					case "font-weight":
						line.bold = a.Value == "bold"
					}
				}
				if line.size == 0 {
					t.Fatalf("a <text> has no font-size:\n%s", svg)
				}
				lines = append(lines, line)
			}
		case xml.CharData:
			if inText {
				lines[len(lines)-1].text += string(tok)
			}
		case xml.EndElement:
			inText = false
		}
	}
}

// withoutSpaces drops the white space of s, for comparing texts cut into lines.
func withoutSpaces(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func TestTitlesFitInThePictureWhateverTheirLetters(t *testing.T) {
	tests := []struct {
		name, title, keyword string
	}{
		{"sixty capital W", strings.Repeat("W", 60), "w"},
		{"capitals everywhere", "MAJUSCULES PARTOUT DANS UN TITRE TRES LONG", "majuscules"},
		{"capitals everywhere, many times", strings.Repeat("MAJUSCULES PARTOUT DANS UN TITRE TRES LONG ", 5), "majuscules"},
		{"one word of 80 letters", strings.Repeat("pneumono", 10), "mot"},
		{"one word of 80 wide letters", strings.Repeat("mw", 40), "mot"},
		{"only emoji, with families and flags", strings.Repeat("👨‍👩‍👧‍👦👩‍❤️‍💋‍👨🏳️‍🌈🇫🇷🇯🇵🇺🇳👍🏽🎉😴", 4), "🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉"},
		{"emoji between spaces", strings.Repeat("😴 👨‍👩‍👧‍👦 🇫🇷 1️⃣ ©️ ❤️ ", 6), "emoji"},
		{"Chinese without spaces", strings.Repeat("我们在山上看到了非常美丽的日出，然后一起走下山去吃早饭。", 3), "日出"},
		{"Arabic", "صورة جميلة لغروب الشمس على شاطئ البحر الأبيض المتوسط في فصل الصيف مع العائلة والأصدقاء", "بحر"},
		{"accented capitals", strings.Repeat("ÉÈÀÙÂÊÎÔÛËÏÜŸÇŒÆ ", 6), "ÉTÉ"},
		{"accents made of combining marks", strings.Repeat("E\u0301E\u0300A\u0300 ", 20), "e\u0301te\u0301"},
		{"Cyrillic capitals", strings.Repeat("ЩЖШЮ ", 15), "щука"},
		{"many scripts mixed", "Photo 😴 de 北京 — Ωmega Щука مرحبا E\u0301te\u0301 🇫🇷 WWWWWWWWWWWWWWWWWWWWWW ﷽ 안녕하세요", "mélange"},
		{"a long keyword", "Un chat", strings.Repeat("W", 100)},
		{"a long keyword of emoji", "Un chat", strings.Repeat("👨‍👩‍👧‍👦", 30)},
		{"an empty title", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := svgLines(t, Draw(7, tt.title, tt.keyword))
			var title []svgLine
			for _, line := range lines {
				if px := textEm(line.text) * line.size; px > lineWidth {
					t.Errorf("the line %q at font-size %g is estimated %.0f px wide, want at most %d px", line.text, line.size, px, lineWidth)
				}
				if line.bold {
					title = append(title, line)
				}
			}
			if len(title) < 1 || len(title) > maxTitleLines {
				t.Fatalf("the title takes %d lines, want 1 to %d: %+v", len(title), maxTitleLines, title)
			}
			shown := ""
			for i, line := range title {
				if line.size != title[0].size {
					t.Errorf("title line %d is at font-size %g, line 1 at %g: want one size", i+1, line.size, title[0].size)
				}
				if i > 0 {
					checkNotCutInACluster(t, title[i-1].text, line.text)
				}
				shown += line.text
			}
			visible, cut := strings.CutSuffix(withoutSpaces(shown), "…")
			whole := withoutSpaces(tt.title)
			if !strings.HasPrefix(whole, visible) || (!cut && visible != whole) {
				t.Errorf("the picture shows the title as %q, want %q, or its beginning followed by …", shown, tt.title)
			}
			if cut && title[0].size != float64(titleSizes[len(titleSizes)-1]) {
				t.Errorf("the title is cut at font-size %g: it should first shrink to %d", title[0].size, titleSizes[len(titleSizes)-1])
			}
			keyword := lines[len(title)].text
			visible, cut = strings.CutSuffix(keyword, "…")
			if !strings.HasPrefix("#"+tt.keyword, visible) || (!cut && visible != "#"+tt.keyword) {
				t.Errorf("the keyword line shows %q, want %q, or its beginning followed by …", keyword, "#"+tt.keyword)
			}
		})
	}
}

// checkNotCutInACluster fails the test when a line ends and the next one starts in the
// middle of a character and its accents, of joined emoji or of a flag.
func checkNotCutInACluster(t *testing.T, before, after string) {
	t.Helper()
	first, _ := utf8.DecodeRuneInString(after)
	last, _ := utf8.DecodeLastRuneInString(before)
	flagLetters := 0
	for _, r := range before {
		if 0x1F1E6 <= r && r <= 0x1F1FF {
			flagLetters++
		} else {
			flagLetters = 0
		}
	}
	if extendsCluster(first) || last == zwj || flagLetters%2 == 1 {
		t.Errorf("the lines %q and %q are cut inside a character, an emoji or a flag", before, after)
	}
}

func TestTitlesShrinkBeforeTheyAreCut(t *testing.T) {
	tests := []struct {
		name, title string
		wantSize    int
		wantLines   int
		wantCut     bool
	}{
		{"a short title keeps the large size", "Morses", 40, 1, false},
		{"a title of two lines keeps the large size", "Les vacances au bord de la mer", 40, 2, false},
		{"sixty W shrink to fit in three lines", strings.Repeat("W", 60), 24, 3, false},
		{"a word wider than a line is cut between letters", strings.Repeat("pneumono", 10), 28, 3, false},
		{"eighty m and w are cut at the smallest size", strings.Repeat("mw", 40), 24, 3, true},
		{"a word cut at 40 px fits whole at 34 px", "<script>alert(1)</script>", 34, 1, false},
		{"Chinese wraps between characters at the large size", strings.Repeat("美丽的日出", 8), 40, 3, false},
		{"a very long title is cut with …", strings.Repeat("Une très longue phrase inventée ", 10), 24, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, size := layoutTitle(tt.title)
			cut := strings.HasSuffix(lines[len(lines)-1], "…")
			if size != tt.wantSize || len(lines) != tt.wantLines || cut != tt.wantCut {
				t.Errorf("got %d lines at font-size %d, cut: %v (%q); want %d lines at %d, cut: %v",
					len(lines), size, cut, lines, tt.wantLines, tt.wantSize, tt.wantCut)
			}
		})
	}
}

func TestClustersKeepAccentsEmojiAndFlagsWhole(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"letters are one by one", "abc", []string{"a", "b", "c"}},
		{"a combining accent stays with its letter", "e\u0301t", []string{"e\u0301", "t"}},
		{"a family joined by ZWJ is one", "👨‍👩‍👧‍👦!", []string{"👨‍👩‍👧‍👦", "!"}},
		{"two flags are two pairs of letters", "🇫🇷🇯🇵", []string{"🇫🇷", "🇯🇵"}},
		{"a skin tone stays with its hand", "👍🏽👍", []string{"👍🏽", "👍"}},
		{"a keycap is one", "1️⃣2", []string{"1️⃣", "2"}},
		{"the tags of a flag stay with it", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007Fx", []string{"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clusters(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("clusters(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestTheWidthTableIsNeverNarrowerThanTheRealFonts checks the table against advances
// read by hand from the fonts' hmtx tables (advance / unitsPerEm): for each row, the
// widest glyph of each font that has some.
func TestTheWidthTableIsNeverNarrowerThanTheRealFonts(t *testing.T) {
	tests := []struct {
		font string
		char rune
		em   float64
	}{
		{"DejaVu Sans Bold", ' ', 0.3481},
		{"DejaVu Sans Bold", '`', 0.5000},
		{"DejaVu Sans Bold", 'b', 0.7158},
		{"DejaVu Sans Bold", '&', 0.8721},
		{"DejaVu Sans Bold", 'W', 1.1030},
		{"DejaVu Sans Bold", 'É', 0.6831},
		{"DejaVu Sans Bold", 'Œ', 1.1670},
		{"DejaVu Sans Bold", 'Щ', 1.3257},
		{"DejaVu Sans Bold", 'Ẁ', 1.1030},
		{"DejaVu Sans Bold", 'Ǆ', 1.5552},
		{"DejaVu Sans Bold", 'Ὣ', 1.2515},
		{"DejaVu Sans Bold", 'س', 1.3799},
		{"DejaVu Sans Bold", 'ﭫ', 1.1909},
		{"DejaVu Sans Bold", '‱', 1.8867},
		{"DejaVu Sans Bold", 'ᚅ', 1.8711},
		{"DejaVu Sans Bold", 'ᙱ', 2.0161},
		{"DejaVu Sans Bold", '😴', 1.6040},
		{"DejaVu Sans Bold", '𐌌', 1.3135},
		{"Liberation Sans Bold", 'J', 0.5562},
		{"Liberation Sans Bold", '?', 0.6108},
		{"Liberation Sans Bold", 'G', 0.7778},
		{"Liberation Sans Bold", '…', 1.0000},
		{"Liberation Sans Bold", 'Æ', 1.0000},
		{"Liberation Sans Bold", '₨', 1.2251},
		{"Noto Sans Bold", '|', 0.5510},
		{"Noto Sans Bold", 'm', 0.9820},
		{"Noto Sans Bold", 'Ԫ', 1.4990},
		{"Noto Sans Bold", 'ᾜ', 1.4620},
		{"Noto Sans Bold", '⸻', 2.8400},
		{"Noto Sans Arabic Bold", 'ص', 1.4220},
		{"Noto Sans Arabic Bold", '\u0604', 2.2420},
		{"Noto Sans Arabic Bold", 'ﷶ', 2.6240},
		{"Noto Sans Arabic Bold", '﷽', 7.8850},
		{"Noto Sans CJK Bold", '一', 1.0000},
		{"Noto Sans CJK Bold", '가', 0.9200},
		{"Noto Sans CJK Bold", '！', 1.0000},
		{"Noto Color Emoji", '😀', 1.2451},
		{"Noto Color Emoji", '🇫', 1.2451},
		{"Noto Color Emoji", '〰', 1.2451},
	}
	for _, tt := range tests {
		if got := runeEm(tt.char); got < tt.em {
			t.Errorf("%s draws %q (U+%04X) %.4f em wide, but the table says %.2f em", tt.font, tt.char, tt.char, tt.em, got)
		}
	}
	for r := rune(' '); r <= '~'; r++ {
		if got := runeEm(r); got > 1.11 {
			t.Errorf("%q is %.2f em wide: every ASCII character should have its row, W being the widest", r, got)
		}
	}
	for _, s := range []string{"©\uFE0F", "1\uFE0F\u20E3", "#\uFE0F"} {
		if got := textEm(s); got < 1.2451 {
			t.Errorf("%q is drawn as an emoji, 1.2451 em wide in Noto Color Emoji, but its width is %.2f em", s, got)
		}
	}
	for with, without := range map[string]string{"e\u0301": "e", "a\u200Db": "ab", "x\uFE0E": "x", "a\u200Bb": "ab"} {
		if got, want := textEm(with), textEm(without); got != want {
			t.Errorf("%q is %.2f em wide, want %.2f em as %q: its marks and joiners take no room", with, got, want, without)
		}
	}
}

// clusters is every piece firstCluster cuts text into, in order.
func clusters(text string) []string {
	var all []string
	for c, rest := firstCluster(text); c != ""; c, rest = firstCluster(rest) {
		all = append(all, c)
	}
	return all
}
