package photo

import (
	"net/url"
	"path"
	"photoserver/internal/images"
	"photoserver/internal/lang"
	"strings"
	"unicode"

	"golang.org/x/text/message"
)

// What a text must hold to count on the exercise's fiche. A description or a keyword
// that says nothing (a placeholder a student types to make a test pass) fills no
// objective and is said, at start, at each reload of a data file and on the sheet, in
// the same words. The rules never refuse what go-faker makes (its lorem ipsum words,
// among them the one-letter "a"): a test checks them over a thousand seeds.

// Emptiness is why a text says nothing, or Says when it says something.
type Emptiness int

const (
	Says       Emptiness = iota // a text that says something
	Blank                       // nothing, or only spaces
	OnlySigns                   // only punctuation, symbols or digits: ..., …, -, ?, 123
	OneLetter                   // a single letter that is not a word on its own
	FieldWords                  // only the field's name and small words: "description", "Mot-clé", "la photo 3"
	Filler                      // a filler: TODO, à compléter, xxx, test, blabla, azerty...
)

// oneLetterWords are the letters that are words on their own, in French, English and
// go-faker's Latin (its word list holds "a"): they say something.
var oneLetterWords = []string{"a", "à", "y", "ô", "o", "i"}

// fieldWords are the words of a text that only names a field or a photo, in either
// language, without accents: with the small words around them (smallWords) and
// numbers, a text made only of them says nothing ("Description de la photo 3").
var fieldWords = []string{
	"description", "descriptions", "descr", "desc", "keyword", "keywords", "key", "word", "mot", "mots",
	"cle", "cles", "motcle", "motscles", "tag", "tags", "titre", "title", "url", "lien", "link",
	"image", "images", "photo", "photos", "picture", "img", "pic", "texte", "text", "legende", "caption",
	"numero", "number",
}

// smallWords are the articles and the like that say nothing around a field's name.
var smallWords = []string{
	"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "ma", "mon", "mes", "ta", "ton", "tes",
	"sa", "son", "ses", "votre", "vos", "notre", "nos", "ce", "cette", "ici", "pour", "sur", "no", "n",
	"the", "an", "of", "my", "your", "this", "here", "for",
	"voici", "voila", "ceci", "cela", "c", "est", "is", "it", "there",
	// and the words that link or point, which say nothing of a picture alone:
	// "et ou mais donc or ni car" is no description, "pas" no keyword.
	"et", "ou", "mais", "donc", "or", "ni", "a", "au", "aux", "en", "dans", "avec", "sans", "par",
	"pas", "non", "ne", "plus", "tres", "si", "qui", "que", "quoi", "dont", "y", "il", "elle", "ils",
	"elles", "je", "j", "tu", "on", "nous", "vous", "and", "but", "nor", "so", "yet", "to", "in", "at",
	"with", "without", "by", "not", "are", "be", "its", "that", "what", "which", "who", "very", "too",
	"i", "you", "he", "she", "we", "they", "deux", "trois", "one", "two", "three",
}

// fillers are what a text holds when it is only there to be filled in, written as
// normalize writes them (small letters, no accents, no spaces or punctuation).
var fillers = []string{
	"todo", "tbd", "fixme", "acompleter", "acomplete", "acompletter", "completer", "aremplir", "remplir",
	"test", "tests", "testtest", "essai", "essais", "exemple", "example", "sample", "placeholder",
	"blabla", "blablabla", "bla", "truc", "machin", "chose", "bidule", "rien", "vide", "aucun", "aucune",
	"none", "null", "nil", "undefined", "na", "nc", "nd", "loremipsum", "loremipsumdolorsitamet",
	"azerty", "qwerty", "asdf", "qsdf", "sdfg", "jkl", "uiop", "wxcv", "hjkl", "azertyuiop", "qwertyuiop",
	"jenesaispas", "jsp", "idk", "ok", "oui", "yes", "inconnu", "inconnue", "unknown", "aucuneidee", "nope",
	"avoir", "plustard", "avenir", "pasencore", "objet", "nothing", "something",
}

// normalize is text as lang.Fold writes it (small letters, no accents, ligatures
// written out), to compare a text with the words above whatever its case and accents.
func normalize(text string) string { return lang.Fold(text) }

// repeated reports whether s is one letter said again (xxx, aaaa) or a piece of two or
// three said three times or more (hahaha, sdfsdfsdf): not papa, bébé or coco.
func repeated(s string) bool {
	r := []rune(s)
	for size := 1; size <= 3; size++ {
		if len(r)%size != 0 || len(r) < size*min(size+1, 3) {
			continue
		}
		same := true
		for i := size; i < len(r) && same; i++ {
			same = r[i] == r[i%size]
		}
		if same {
			return true
		}
	}
	return false
}

// Counts reports whether the text of role r may count for the fiche, from the text
// alone (Judge): for a description and a keyword, one that says something, or that
// is made of go-faker's words (which count in a list go-faker made: Judgement); for
// the others, one that is not blank.
func Counts(r Role, text string) bool {
	e := Judge(r, text)
	return e == Says || e == FakerWords
}

// RepeatsTitle reports whether the description d only repeats the title t, whatever
// its case, accents and signs ("Chat noir." for "Chat noir"): it tells the page nothing
// the title does not, so it does not count for the fiche's description.
func RepeatsTitle(t, d string) bool {
	w := WordsOf(d)
	return w != "" && w == WordsOf(t)
}

// WordsOf is text's words, folded (normalize: small letters, no accents) and joined by
// one space: two texts with the same words say the same, whatever their case and signs.
func WordsOf(text string) string {
	return strings.Join(strings.FieldsFunc(normalize(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// WhatToWrite says what a field of role r holds, to tell a student what to write
// instead of nothing: never a placeholder they could copy.
func WhatToWrite(p *message.Printer, r Role) string {
	switch r {
	case Description:
		return p.Sprintf("what the picture shows, in a sentence of your own")
	case Keyword:
		return p.Sprintf("one word that names what the picture shows, such as chien or montagne")
	case Title:
		return p.Sprintf("a short title of your own")
	case URL:
		return p.Sprintf("the picture's web address, starting with https://")
	}
	return ""
}

// URLProblem is why a photo's url cannot be shown by the partner's page, on another
// computer, or NoURLProblem.
type URLProblem int

const (
	NoURLProblem  URLProblem = iota
	URLOnDisk                // a path on this computer: C:\Users\..., /home/..., ~/Images/...
	URLFileName              // a bare file name: chat.jpg
	URLNoScheme              // www.example.com/x.png, without http:// or https://
	URLFileScheme            // file:///...
	URLSpaces                // spaces in the address
	URLNotWeb                // any other thing that is not an http:// or https:// address
)

// isLocal reports whether u names one of the pair's own pictures (images/chat.jpg).
func isLocal(u string) bool {
	_, ok := images.LocalName(u)
	return ok
}

// CheckURL says whether u is an absolute http:// or https:// address, which the
// partner's page can show, or a picture given inline (data:image/...); an empty url is
// said as missing, not here.
func CheckURL(u string) URLProblem {
	u = strings.TrimSpace(u)
	lower := strings.ToLower(u)
	switch {
	case u == "":
		return NoURLProblem
	case strings.HasPrefix(lower, "file:"):
		return URLFileScheme
	case len(u) >= 3 && u[1] == ':' && (u[2] == '\\' || u[2] == '/') && unicode.IsLetter(rune(u[0])),
		strings.HasPrefix(u, `\\`), strings.HasPrefix(u, "/"), strings.HasPrefix(u, "~"), strings.HasPrefix(u, "./"), strings.HasPrefix(u, "../"):
		return URLOnDisk
	case strings.ContainsAny(u, " \t"):
		return URLSpaces
	case strings.HasPrefix(lower, "data:image/"):
		return NoURLProblem
	case strings.HasPrefix(lower, "www."):
		return URLNoScheme
	}
	parsed, err := url.Parse(u)
	switch {
	case err == nil && (parsed.Scheme == "http" || parsed.Scheme == "https") && parsed.Host != "":
		return NoURLProblem
	case err == nil && parsed.Scheme == "" && !strings.Contains(u, "/") && path.Ext(u) != "":
		return URLFileName
	case isLocal(u):
		return URLFileName // images/chat.jpg
	case err == nil && parsed.Scheme == "" && strings.Contains(strings.SplitN(u, "/", 2)[0], "."):
		return URLNoScheme // example.com/x.png
	}
	return URLNotWeb
}
