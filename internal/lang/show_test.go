package lang_test

import (
	"strings"
	"testing"

	"photoserver/internal/lang"
)

func TestAStudentsTextReachesTheTerminalWithoutAControlCharacter(t *testing.T) {
	for _, tt := range []struct{ text, english, french string }{
		{"Chat noir", `"Chat noir"`, "« Chat noir »"},
		{`C:\Users\eleve`, `"C:\\Users\\eleve"`, `« C:\Users\eleve »`},
		{"Le \"chat\"", `"Le \"chat\""`, `« Le "chat" »`},
		{"\x1b[2K\r\x1b[1APhoto", `"\x1b[2K\r\x1b[1APhoto"`, `« \x1b[2K\r\x1b[1APhoto »`},
		{"abc\u202Efdp.exe", `"abc\u202efdp.exe"`, `« abc\u202efdp.exe »`},
		{"a\u2066b\u2069c\u202Ad", `"a\u2066b\u2069c\u202ad"`, `« a\u2066b\u2069c\u202ad »`},
		{"\u3164\u115F\uFFA0", `"\u3164\u115f\uffa0"`, `« \u3164\u115f\uffa0 »`},
		{"zéro\u200Blargeur\uFEFF", `"zéro\u200blargeur\ufeff"`, `« zéro\u200blargeur\ufeff »`},
		{"ligne\nligne\ttab\x07", `"ligne\nligne\ttab\a"`, `« ligne\nligne\ttab\a »`},
		{"Œufs, thé, 🐱", `"Œufs, thé, 🐱"`, "« Œufs, thé, 🐱 »"},
		{"bad\xffbyte", `"bad\xffbyte"`, `« bad\xffbyte »`},
		{strings.Repeat("abcd", 50), `"` + strings.Repeat("abcd", 20) + `…"`, "« " + strings.Repeat("abcd", 20) + "… »"},
	} {
		if got := lang.English.Sprintf("%q", lang.Show(tt.text)); got != tt.english {
			t.Errorf("%q shown in English as %s, want %s", tt.text, got, tt.english)
		}
		if got := lang.French.Sprintf("« %s »", lang.Show(tt.text)); got != tt.french {
			t.Errorf("%q shown in French as %s, want %s", tt.text, got, tt.french)
		}
		if got := lang.Escape(tt.text); strings.ContainsFunc(got, lang.Invisible) {
			t.Errorf("Escape(%q) = %q still holds an invisible character", tt.text, got)
		}
	}
	label := lang.PhotoLabel(lang.French, 2, "\x1b[31mRouge")
	if want := `la photo 3 (« \x1b[31mRouge »)`; label != want {
		t.Errorf("a title with an escape is labelled %s, want %s", label, want)
	}
}
