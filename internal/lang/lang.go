// Package lang holds the two languages the photo server speaks, English and French: the
// printers that write a message in the terminal's language (chosen from LANG and its kin,
// in gettext's order) or in a browser's (from Accept-Language), the French catalog of the
// engine's messages (messages_fr.go), and the words those messages share: how a photo is
// named, sizes and durations, and the "did you mean" of a typing mistake.
//
// Every message is written in English at its call site, p.Sprintf("..."), and its French
// is keyed by that English text, as golang.org/x/text/message does it. A package whose
// messages are not part of the server (the grading sheet) adds its own French with
// AddFrench, so that they are compiled only where they are used.
package lang

import (
	"net/http"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	msgcat "golang.org/x/text/message/catalog"
)

// Spoken are the languages the server speaks; the first is the one it falls back to.
var Spoken = []language.Tag{language.English, language.French}

// matcher picks the spoken language nearest to what a user asks for.
var matcher = language.NewMatcher(Spoken)

// messages is the catalog of every message in both languages, made from messages_fr.go
// and from what other packages add (AddFrench).
var messages = buildMessages()

// buildMessages fills the catalog: the French of each message, and for the counted
// phrases ("%d photos") the singular and plural forms of each language.
func buildMessages() *msgcat.Builder {
	b := msgcat.NewBuilder(msgcat.Fallback(language.English))
	addFrench(b, french)
	for key, forms := range counted {
		for i, tag := range Spoken {
			_ = b.Set(tag, key, plural.Selectf(1, "%d", plural.One, forms[i][0], plural.Other, forms[i][1]))
		}
	}
	return b
}

func addFrench(b *msgcat.Builder, fr map[string]string) {
	for key, text := range fr {
		_ = b.SetString(language.French, key, text) // a plain string always compiles
	}
}

// AddFrench adds the French of messages written outside the server, keyed by their
// English text: the grading sheet's, which the server itself never prints. Call it
// from an init function, before any printer is used.
func AddFrench(fr map[string]string) {
	addFrench(messages, fr)
	for key, text := range fr {
		added[key] = text
	}
}

// added is what AddFrench added.
var added = map[string]string{}

// FrenchOf returns the French of a message, from messages_fr.go or from AddFrench, for
// the tests that check that every message has its French.
func FrenchOf(key string) (string, bool) {
	if fr, ok := french[key]; ok {
		return fr, true
	}
	fr, ok := added[key]
	return fr, ok
}

// IsCounted reports whether a message counts something ("%d photos"): its French is
// in the plural forms, not in the catalog of sentences.
func IsCounted(key string) bool {
	_, ok := counted[key]
	return ok
}

// In returns the printer of one of the spoken languages (English for any other).
func In(tag language.Tag) *message.Printer {
	if tag == language.French {
		return French
	}
	return English
}

// The printers of the two languages.
var (
	English = message.NewPrinter(language.English, message.Catalog(messages))
	French  = message.NewPrinter(language.French, message.Catalog(messages))
)

// Terminal speaks the language of the terminal, chosen as gettext programs choose it:
// the locale is the first of LC_ALL, LC_MESSAGES and LANG that is set; the list in
// LANGUAGE (fr:en) comes first, unless the locale is C or POSIX, where gettext ignores
// it. Where none is set (Windows, usually) the system's display language decides.
func Terminal(getenv func(string) string) *message.Printer {
	return In(TerminalLanguage(getenv))
}

// TerminalLanguage is the spoken language Terminal chooses.
func TerminalLanguage(getenv func(string) string) language.Tag {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(name); locale != "" {
			break
		}
	}
	var wanted []language.Tag
	switch {
	case locale == "":
		for _, s := range systemLanguages() {
			wanted = appendTag(wanted, s)
		}
	case isCLocale(locale):
		return language.English
	default:
		for _, s := range strings.Split(getenv("LANGUAGE"), ":") {
			wanted = appendTag(wanted, s)
		}
		wanted = appendTag(wanted, locale)
	}
	if len(wanted) == 0 {
		return language.English
	}
	return match(wanted)
}

// isCLocale reports whether a locale is the C or POSIX one, which means no language.
func isCLocale(locale string) bool {
	name, _, _ := strings.Cut(locale, ".")
	return name == "C" || name == "POSIX"
}

// appendTag adds the language of a locale name such as fr_CA.UTF-8@euro to tags,
// when it names one.
func appendTag(tags []language.Tag, locale string) []language.Tag {
	name, _, _ := strings.Cut(locale, "@")
	name, _, _ = strings.Cut(name, ".")
	if name == "" || isCLocale(name) {
		return tags
	}
	tag, err := language.Parse(strings.ReplaceAll(name, "_", "-"))
	if err != nil {
		return tags
	}
	return append(tags, tag)
}

// OfRequest is the spoken language a browser prefers, from its Accept-Language.
func OfRequest(r *http.Request) language.Tag {
	tags, _, err := language.ParseAcceptLanguage(strings.Join(r.Header.Values("Accept-Language"), ","))
	if err != nil || len(tags) == 0 {
		return language.English
	}
	return match(tags)
}

// match returns the spoken language nearest to the wanted ones, in their order of
// preference, or English when none is near.
func match(wanted []language.Tag) language.Tag {
	_, i, conf := matcher.Match(wanted...)
	if conf == language.No {
		return Spoken[0]
	}
	return Spoken[i]
}

// Request speaks the language the request's browser prefers.
func Request(r *http.Request) *message.Printer { return In(OfRequest(r)) }
