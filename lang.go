package main

import (
	"net/http"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	msgcat "golang.org/x/text/message/catalog"
)

// The server speaks English and French. Every message is written in English at the
// call site, through a printer (p.Sprintf("...")), and messages_fr.go holds its French.
// The terminal's printer comes from the environment (terminalPrinter), a request's from
// its Accept-Language header (requestPrinter).

// spoken are the languages the server speaks; the first is the one it falls back to.
var spoken = []language.Tag{language.English, language.French}

// matcher picks the spoken language nearest to what a user asks for.
var matcher = language.NewMatcher(spoken)

// messages is the catalog of every message in both languages, made from messages_fr.go.
var messages = buildMessages()

// buildMessages fills the catalog: the French of each message, and for the counted
// phrases ("%d photos") the singular and plural forms of each language.
func buildMessages() *msgcat.Builder {
	b := msgcat.NewBuilder(msgcat.Fallback(language.English))
	for key, fr := range french {
		_ = b.SetString(language.French, key, fr) // a plain string always compiles
	}
	for key, forms := range counted {
		for i, tag := range spoken {
			_ = b.Set(tag, key, plural.Selectf(1, "%d", plural.One, forms[i][0], plural.Other, forms[i][1]))
		}
	}
	return b
}

// printerIn returns the printer of one of the spoken languages.
func printerIn(tag language.Tag) *message.Printer {
	if tag == language.French {
		return frenchPrinter
	}
	return englishPrinter
}

var (
	englishPrinter = message.NewPrinter(language.English, message.Catalog(messages))
	frenchPrinter  = message.NewPrinter(language.French, message.Catalog(messages))
)

// terminalPrinter speaks the language of the terminal, chosen as gettext programs
// choose it: the locale is the first of LC_ALL, LC_MESSAGES and LANG that is set; the
// list in LANGUAGE (fr:en) comes first, unless the locale is C or POSIX, where gettext
// ignores it. Where none is set (Windows, usually) the system's display language decides.
func terminalPrinter(getenv func(string) string) *message.Printer {
	return printerIn(terminalLanguage(getenv))
}

func terminalLanguage(getenv func(string) string) language.Tag {
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
		for s := range strings.SplitSeq(getenv("LANGUAGE"), ":") {
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

// requestLanguage is the spoken language a browser prefers, from its Accept-Language.
func requestLanguage(r *http.Request) language.Tag {
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
		return spoken[0]
	}
	return spoken[i]
}

// requestPrinter speaks the language the request's browser prefers.
func requestPrinter(r *http.Request) *message.Printer { return printerIn(requestLanguage(r)) }
