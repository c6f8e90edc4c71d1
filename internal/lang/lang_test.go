package lang_test

import (
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"photoserver/internal/lang"
	"photoserver/internal/testkit"
)

func TestTheTerminalsLanguageComesFromTheEnvironmentAsInGettext(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want language.Tag
	}{
		{"a French lab computer", map[string]string{"LANG": "fr_FR.UTF-8"}, language.French},
		{"Belgian French", map[string]string{"LANG": "fr_BE.UTF-8"}, language.French},
		{"Canadian French without an encoding", map[string]string{"LANG": "fr_CA"}, language.French},
		{"Swiss French with a modifier", map[string]string{"LANG": "fr_CH.ISO-8859-1@euro"}, language.French},
		{"plain fr", map[string]string{"LANG": "fr"}, language.French},
		{"an English computer", map[string]string{"LANG": "en_US.UTF-8"}, language.English},
		{"German: not spoken, so English", map[string]string{"LANG": "de_DE.UTF-8"}, language.English},
		{"C", map[string]string{"LANG": "C"}, language.English},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, language.English},
		{"POSIX", map[string]string{"LANG": "POSIX"}, language.English},
		{"nothing set", map[string]string{}, language.English},
		{"LC_ALL before LANG", map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, language.French},
		{"LC_MESSAGES before LANG", map[string]string{"LC_MESSAGES": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, language.English},
		{"LC_ALL before LC_MESSAGES", map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, language.English},
		{"LANGUAGE before the locale", map[string]string{"LANGUAGE": "fr:en", "LANG": "en_US.UTF-8"}, language.French},
		{"LANGUAGE's first spoken language", map[string]string{"LANGUAGE": "de:fr_BE:en", "LANG": "en_US.UTF-8"}, language.French},
		{"LANGUAGE in English", map[string]string{"LANGUAGE": "en_GB:fr", "LANG": "fr_FR.UTF-8"}, language.English},
		{"LANGUAGE ignored under the C locale, as gettext does", map[string]string{"LANGUAGE": "fr", "LANG": "C"}, language.English},
		{"LANGUAGE ignored with no locale, as gettext does", map[string]string{"LANGUAGE": "fr"}, language.English},
		{"an empty LANGUAGE", map[string]string{"LANGUAGE": "", "LANG": "fr_FR.UTF-8"}, language.French},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lang.TerminalLanguage(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("with %v the terminal speaks %v, want %v", tt.env, got, tt.want)
			}
		})
	}
}

func TestARequestsLanguageComesFromAcceptLanguage(t *testing.T) {
	for header, want := range map[string]language.Tag{
		"":                           language.English,
		"fr-FR,fr;q=0.9,en-US;q=0.8": language.French,
		"fr":                         language.French,
		"en-US,en;q=0.9,fr;q=0.8":    language.English,
		"de-DE,de;q=0.9":             language.English,
		"de-DE,fr;q=0.5":             language.French,
		"fr-CA":                      language.French,
		"*":                          language.English,
		"garbage;;;":                 language.English,
	} {
		r := httptest.NewRequest("GET", "/photos", nil)
		if header != "" {
			r.Header.Set("Accept-Language", header)
		}
		if got := lang.OfRequest(r); got != want {
			t.Errorf("Accept-Language %q: got %v, want %v", header, got, want)
		}
	}
}

func TestCountsAgreeWithTheirNumber(t *testing.T) {
	tests := []struct {
		tag  language.Tag
		n    int
		want string
	}{
		{language.English, 0, "0 photos"}, {language.English, 1, "1 photo"}, {language.English, 2, "2 photos"},
		{language.French, 0, "0 photo"}, {language.French, 1, "1 photo"}, {language.French, 2, "2 photos"},
		{language.English, 100000, "100,000 photos"}, {language.French, 100000, "100\u00a0000 photos"},
	}
	for _, tt := range tests {
		if got := lang.In(tt.tag).Sprintf("%d photos", tt.n); got != tt.want {
			t.Errorf("in %v, %d photos is %q, want %q", tt.tag, tt.n, got, tt.want)
		}
	}
}

// engineDirs are the folders of the packages whose messages the server prints: every
// package of internal/ but the grading sheet and gobuild (their French is their own) and
// the tests' kit.
func engineDirs(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob("../*")
	if err != nil {
		t.Fatal(err)
	}
	return slices.DeleteFunc(dirs, func(d string) bool {
		base := filepath.Base(d)
		return base == "grading" || base == "gobuild" || base == "testkit"
	})
}

func TestEveryMessageIsInBothLanguages(t *testing.T) {
	keys := testkit.FrenchIsComplete(t, lang.FrenchCatalog, "the server", engineDirs(t)...)
	for key := range lang.Counted {
		if _, used := keys[key]; !used {
			t.Errorf("messages_fr.go counts %q, which no code writes any more: remove it", key)
		}
	}
}

func TestFrenchPunctuationHasItsSpace(t *testing.T) {
	for key, fr := range lang.FrenchCatalog {
		for i, r := range fr {
			if !strings.ContainsRune(":;?!»", r) || i == 0 {
				continue
			}
			prev, rest := fr[i-1], fr[i+1:]
			if (rest != "" && rest[0] != ' ' && rest[0] != '\n') || strings.HasSuffix(fr[:i], "Access-Control-Allow-Origin") {
				continue // inside an address (http://, :9000, ?keyword=), or a header as it is written
			}
			if prev != ' ' && prev != '%' && prev != '"' {
				t.Errorf("the French of %q has no space before %q: %q", key, string(r), fr)
				break
			}
		}
	}
}

func TestTheTableOfLettersFoldsAsXTextDoes(t *testing.T) {
	for _, s := range []string{"Méduses", "Œufs à la coque", "Straße", "ça", "Noël à Paris", "e\u0301te\u0301", "Ærø", "Łódź", "naïve café crème brûlée", "ǅemal", "ﬁn"} {
		if got, want := lang.WithoutAccents(s), lang.WithoutAccentsSlowly(s); got != want {
			t.Errorf("WithoutAccents(%q) = %q, x/text gives %q", s, got, want)
		}
	}
}
