// Package gobuild turns what the Go compiler says of a failed build into one sentence
// that a student of the exercise can act on, in their language: "line 31, a comma is
// missing at the end of the line" rather than "syntax error: unexpected newline in
// composite literal; possibly missing comma or }". It knows the mistakes beginners make
// in photos.go and fake.go (a comma, a quote or a brace missing, a field name that does
// not exist, a text where a number goes, curly quotes pasted from a word processor...)
// and falls back to the compiler's own words for the rest.
//
// The grading tool (tools/grade) says with it why a pair's code does not compile; the
// server can say with it why a rebuild failed. Its French is its own (messages_fr.go),
// added to the catalog when the package is used.
package gobuild

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/message"

	"photoserver/internal/lang"
)

// compileError is one error line of the go command's output: file:line:col: message.
type compileError struct {
	file      string // as the go command names it, cleaned: photos.go, not ./photos.go
	line, col int    // from 1; col is a byte offset, 0 when not given
	msg       string
	other     string // the file of the indented line that follows, "other declaration of Photo"
}

// errorLine matches an error line: ./photos.go:31:107: syntax error: ... (on Windows,
// .\photos.go). vet's lines have the same shape.
var errorLine = regexp.MustCompile(`^(.+?\.go):(\d+)(?::(\d+))?: (.+)$`)

// parse finds the error lines of a go command's output, in their order.
func parse(output string) []compileError {
	var errs []compileError
	for _, l := range strings.Split(output, "\n") {
		m := errorLine.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		if strings.HasPrefix(l, "\t") { // the other place an error names, under it
			if len(errs) > 0 {
				errs[len(errs)-1].other = cleanName(m[1])
			}
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		errs = append(errs, compileError{file: cleanName(m[1]), line: line, col: col, msg: m[4]})
	}
	return errs
}

// cleanName is a file as the go command names it, without the ./ (.\ on Windows) that
// says "in this folder".
func cleanName(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "./"), `.\`)
	return filepath.Clean(name)
}

// StudentFiles are the files the students write; an error in them is said before an
// error it causes in another file.
var StudentFiles = []string{"photos.go", "fake.go"}

// Explain reads the output of a failed go build, go test or go vet, and says its first
// error: the file and line where to look, and one sentence, in p's language, that says
// what is wrong there and what to write. dir is the folder the go command ran in, where
// the files the output names can be read: the source tells some mistakes apart (a
// missing quote from a missing comma, the field a misspelt one meant); give "" when it
// is not known. line is 0 when the mistake is in a whole file (photos.go no longer
// declares its list). When output holds no compiler error, file is "" and sentence is
// the first line of output that says something.
func Explain(p *message.Printer, dir, output string) (file string, line int, sentence string) {
	errs := parse(output)
	if len(errs) == 0 {
		return explainSetup(p, output)
	}
	if sentence, ok := mainGoAlone(p, output, errs); ok {
		return "", 0, sentence
	}
	for _, e := range errs { // what a student removed from their files shows in the others'
		if file, sentence, ok := missingName(p, e); ok {
			return file, 0, sentence
		}
		if file, line, sentence, ok := redeclared(p, e); ok {
			return file, line, sentence
		}
	}
	first := errs[0]
	for _, e := range errs {
		if slices.Contains(StudentFiles, filepath.Base(e.file)) {
			first = e
			break
		}
	}
	src := readSource(dir, first.file)
	for _, m := range mistakes {
		if line, sentence, ok := m(p, first, src, dir); ok {
			return first.file, line, sentence
		}
	}
	return first.file, first.line, first.msg
}

// source is the lines of a file the output names, when they could be read.
type source []string

// readSource reads the file named by the output, from the folder the build ran in.
func readSource(dir, file string) source {
	if dir == "" {
		return nil
	}
	path := file
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, file)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	return strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
}

// at is line n (from 1), or "" when it is not known.
func (s source) at(n int) string {
	if n < 1 || n > len(s) {
		return ""
	}
	return s[n-1]
}

// otherPackage matches what the go command says before compiling when a file of the
// folder declares another package than the others.
var otherPackage = regexp.MustCompile(`found packages (\w+) \(([^)]+)\) and (\w+) \(([^)]+)\)`)

// explainSetup says what keeps the go command from compiling at all, when the output has
// no error at a line.
func explainSetup(p *message.Printer, output string) (string, int, string) {
	if m := otherPackage.FindStringSubmatch(output); m != nil {
		file, other := m[4], m[3]
		if m[1] != "main" {
			file, other = m[2], m[1]
		}
		return file, 1, p.Sprintf("the file starts with package %s: write package main, as in the other files", other)
	}
	for _, l := range strings.Split(output, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "FAIL") {
			return "", 0, l
		}
	}
	return "", 0, strings.TrimSpace(output)
}

// mainGoAlone says what go run main.go (or go build main.go) gives: the go command then
// compiles main.go alone, as the package it calls command-line-arguments, so every name
// that photos.go and fake.go declare is undefined in it. The students' files are fine.
func mainGoAlone(p *message.Printer, output string, errs []compileError) (string, bool) {
	if !strings.Contains(output, "# command-line-arguments") {
		return "", false
	}
	for _, e := range errs {
		if filepath.Base(e.file) == "main.go" && (e.msg == "undefined: photos" || e.msg == "undefined: fakePhoto" || e.msg == "undefined: Photo") {
			return p.Sprintf("go run main.go compiles main.go alone, without photos.go and fake.go: type go run . (with the dot) to run every file of the folder"), true
		}
	}
	return "", false
}

// missingName says which student's file lost a name the others use: the type Photo or
// the list photos (photos.go), the function fakePhoto (fake.go), or fakePhoto's first
// line.
func missingName(p *message.Printer, e compileError) (file, sentence string, ok bool) {
	switch {
	case e.msg == "undefined: Photo":
		return "photos.go", p.Sprintf("there is no type Photo any more: photos.go must keep type Photo struct { ... }"), true
	case e.msg == "undefined: photos":
		return "photos.go", p.Sprintf("there is no list named photos any more: photos.go must keep var photos = []Photo{ ... }"), true
	case e.msg == "undefined: fakePhoto":
		return "fake.go", p.Sprintf("there is no function fakePhoto any more: fake.go must keep func fakePhoto(n int, seed int64) Photo"), true
	case strings.Contains(e.msg, "of fakePhoto does not match") || strings.HasPrefix(e.msg, "cannot use fakePhoto"):
		return "fake.go", p.Sprintf("fakePhoto must keep its first line as it was: func fakePhoto(n int, seed int64) Photo"), true
	}
	return "", "", false
}

// redeclared says which file writes again what another file of the folder writes: most
// often a copy of photos.go that a file manager named "photos (copie).go", which go
// build compiles with the others.
// A name declared twice in one file is left to the other mistakes (the compiler's line).
func redeclared(p *message.Printer, e compileError) (file string, line int, sentence string, ok bool) {
	name, ok := strings.CutSuffix(e.msg, " redeclared in this block")
	if !ok || e.other == "" || e.other == e.file {
		return "", 0, "", false
	}
	again, first := e.other, e.file
	if slices.Contains(StudentFiles, filepath.Base(again)) && !slices.Contains(StudentFiles, filepath.Base(first)) {
		again, first = first, again
	}
	if slices.Contains(StudentFiles, filepath.Base(again)) { // photos.go and fake.go both write it
		return e.file, e.line, p.Sprintf("%s is written in both %s and %s: keep only one", name, first, again), true
	}
	return again, 0, p.Sprintf("this file writes %s again, as %s does: a copy of %s in the same folder? move it out of this folder, or end its name with .txt", name, first, first), true
}

// A mistake recognises one kind of error and says it: the line to look at and the
// sentence, or ok false.
type mistake func(p *message.Printer, e compileError, src source, dir string) (line int, sentence string, ok bool)

// mistakes are tried in order on the first error; the first that recognises it says it.
var mistakes = []mistake{
	missingQuote, quoteInText, missingComma, missingCloseBrace, missingOpenBrace, unexpectedEOF, extraComma,
	equalsForColon, curlyQuotes, singleQuotes, unknownField, duplicateField, numberForText,
	textForNumber, listForText, twoTextsInAField, notUTF8, backslash, unquotedText, funcWithoutCall, unusedImport, unusedVariable, unknownFaker, missingPackage,
}

// inLiteral is the compiler's end of a syntax error inside a composite literal (the
// list of photos, a Photo{...}).
const inLiteral = " in composite literal; possibly missing comma or }"

// unevenQuotes reports whether line has an odd number of double quotes: a text opened
// and not closed, or closed and not opened.
func unevenQuotes(line string) bool {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++ // an escaped character: \" is not a quote
		case '"':
			n++
		}
	}
	return n%2 == 1
}

// missingQuote: a text not closed on its line ("newline in string"), or a quote missing
// that the compiler takes for a missing comma, seen from the line's odd number of quotes.
func missingQuote(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	switch {
	case e.msg == "newline in string" || e.msg == "string literal not terminated":
	case strings.HasPrefix(e.msg, "syntax error: unexpected ") && strings.HasSuffix(e.msg, inLiteral) && unevenQuotes(src.at(e.line)):
	default:
		return 0, "", false
	}
	return e.line, p.Sprintf("a quote \" is missing: each text starts and ends with \""), true
}

// quoteInText: a quote written inside a text, "La "reine" de la savane": Go ends the
// text at that quote, then reads reine as a name stuck to it, which the compiler takes
// for a missing comma. A comma written there would only move the error on: the word
// that touches the quote before it (a missing comma leaves a space) tells it apart.
func quoteInText(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	what, ok := strings.CutPrefix(e.msg, "syntax error: unexpected ")
	if !ok || !strings.HasSuffix(what, inLiteral) {
		return 0, "", false
	}
	what = strings.TrimSuffix(what, inLiteral)
	word, ok := strings.CutPrefix(what, "name ")
	if !ok {
		word, ok = strings.CutPrefix(what, "literal ")
	}
	line := src.at(e.line)
	if !ok || e.col < 2 || e.col > len(line) || line[e.col-2] != '"' || !strings.HasPrefix(line[e.col-1:], word) {
		return 0, "", false
	}
	return e.line, p.Sprintf("a quote \" inside a text ends it before %s: write \\\" instead, or « », as in \\\"%s\\\" or « %s »", word, word, word), true
}

// missingComma: the end of a line in a literal, where a comma should be, or a field
// that follows another without a comma between them.
func missingComma(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	what, ok := strings.CutPrefix(e.msg, "syntax error: unexpected ")
	if !ok || !strings.HasSuffix(what, inLiteral) {
		return 0, "", false
	}
	what = strings.TrimSuffix(what, inLiteral)
	switch {
	case what == "newline" && !strings.HasPrefix(strings.TrimSpace(src.at(e.line)), "}"):
		return e.line, p.Sprintf("a comma is missing at the end of the line"), true
	case strings.HasPrefix(what, "name ") || strings.HasPrefix(what, "literal "):
		word := strings.TrimPrefix(strings.TrimPrefix(what, "name "), "literal ")
		return e.line, p.Sprintf("a comma is missing before %s", word), true
	}
	return 0, "", false
}

// missingCloseBrace: the list closes (a line that starts with }) while the compiler
// still reads a photo: a photo's line above does not end with }.
func missingCloseBrace(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	if e.msg != "syntax error: unexpected newline"+inLiteral {
		return 0, "", false
	}
	for n := e.line - 1; n >= 1; n-- {
		line := strings.TrimSpace(src.at(n))
		if strings.HasPrefix(line, "{") && !strings.HasSuffix(line, "},") && !strings.HasSuffix(line, "}") {
			return n, p.Sprintf("a } is missing at the end of the photo: its line must end with },"), true
		}
		if strings.HasSuffix(line, "{") { // the start of the list: no photo line is to blame
			break
		}
	}
	return e.line, p.Sprintf("a } or a comma is missing before this line"), true
}

// missingOpenBrace: a photo's line that does not start with {, seen when the next one
// does.
func missingOpenBrace(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	if e.msg != "syntax error: unexpected {, expected expression" {
		return 0, "", false
	}
	for n := e.line - 1; n >= 1; n-- {
		line := strings.TrimSpace(src.at(n))
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		if !strings.HasPrefix(line, "{") && strings.HasSuffix(line, "},") {
			return n, p.Sprintf("a { is missing at the start of the photo: its line must start with {"), true
		}
		break
	}
	return 0, "", false
}

// unexpectedEOF: the file ends before the list or a function is closed.
func unexpectedEOF(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	if !strings.HasPrefix(e.msg, "syntax error: unexpected EOF") {
		return 0, "", false
	}
	return e.line, p.Sprintf("the file ends too early: a } is missing, such as the one that closes the list of photos on a line of its own"), true
}

// extraComma: two commas in a row, or a comma where a value should be.
func extraComma(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	if e.msg != "syntax error: unexpected comma, expected expression" {
		return 0, "", false
	}
	return e.line, p.Sprintf("there is a comma too many: remove one"), true
}

// equalsForColon: Title = "..." in a Photo{...}, where Go writes Title: "...".
func equalsForColon(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	if e.msg != "syntax error: unexpected ="+inLiteral {
		return 0, "", false
	}
	return e.line, p.Sprintf("in a photo, a field is followed by a colon, not by =: Title: \"...\""), true
}

// curlyQuotes: quotes pasted from a word processor (“ ” « » ‘ ’), which Go does not know.
func curlyQuotes(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	rest, ok := strings.CutPrefix(e.msg, "invalid character U+")
	if !ok {
		return 0, "", false
	}
	for _, q := range []string{"“", "”", "«", "»", "‘", "’", "„"} {
		if strings.Contains(rest, "'"+q+"'") {
			return e.line, p.Sprintf("%s is not a quote Go knows (it comes from a word processor): write texts between straight quotes \"...\"", q), true
		}
	}
	return 0, "", false
}

// singleQuotes: 'Chiot noir', where Go wants "Chiot noir".
func singleQuotes(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	if e.msg != "more than one character in rune literal" {
		return 0, "", false
	}
	return e.line, p.Sprintf("a text is written between double quotes \"...\", not single quotes '...'"), true
}

// unknownField matches the compiler's "unknown field Keywrd in struct literal of type
// Photo", with ", but does have Keyword" when only the case differs.
var unknownFieldRe = regexp.MustCompile(`^unknown field (\w+) in struct literal of type (\w+)(?:, but does have (?:field )?(\w+))?$`)

// unknownField: a field name that the type does not have, with the nearest one it has.
func unknownField(p *message.Printer, e compileError, _ source, dir string) (int, string, bool) {
	m := unknownFieldRe.FindStringSubmatch(e.msg)
	if m == nil {
		return 0, "", false
	}
	name, typ, meant := m[1], m[2], m[3]
	fields := structFields(dir, typ)
	if meant == "" {
		meant = lang.Nearest(name, fields)
	}
	switch {
	case meant != "":
		return e.line, p.Sprintf("%s has no field %s: did you mean %s?", typ, name, meant), true
	case len(fields) > 0:
		return e.line, p.Sprintf("%s has no field %s: its fields are %s", typ, name, strings.Join(fields, ", ")), true
	}
	return e.line, p.Sprintf("%s has no field %s", typ, name), true
}

// structFields are the names of the fields of the struct type named typ, declared in
// the .go files of dir, or nil.
func structFields(dir, typ string) []string {
	_, _, st := findStruct(dir, typ)
	if st == nil {
		return nil
	}
	var names []string
	for _, field := range st.Fields.List {
		for _, id := range field.Names {
			names = append(names, id.Name)
		}
	}
	return names
}

// fieldOf is the file (its name) and line where the struct type typ declares field
// name, with the name its json tag gives it; "", 0, "" when there is none.
func fieldOf(dir, typ, name string) (file string, line int, jsonName string) {
	fset, file, st := findStruct(dir, typ)
	if st == nil {
		return "", 0, ""
	}
	for _, field := range st.Fields.List {
		for _, id := range field.Names {
			if id.Name != name {
				continue
			}
			if field.Tag != nil {
				if tag, err := strconv.Unquote(field.Tag.Value); err == nil {
					jsonName, _, _ = strings.Cut(reflect.StructTag(tag).Get("json"), ",")
				}
			}
			return file, fset.Position(id.Pos()).Line, jsonName
		}
	}
	return "", 0, ""
}

// findStruct finds the struct type named typ in the .go files of dir: its file's name
// and type, or a nil type.
func findStruct(dir, typ string) (*token.FileSet, string, *ast.StructType) {
	if dir == "" {
		return nil, "", nil
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	fset := token.NewFileSet()
	for _, name := range files {
		f, _ := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution) // a partial tree is enough
		if f == nil {
			continue
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				if st, ok := ts.Type.(*ast.StructType); ok && ts.Name.Name == typ {
					return fset, filepath.Base(name), st
				}
			}
		}
	}
	return nil, "", nil
}

// duplicateField: the same field twice in one photo.
func duplicateField(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	name, ok := strings.CutPrefix(e.msg, "duplicate field name ")
	if !ok {
		return 0, "", false
	}
	name, _, _ = strings.Cut(name, " ")
	return e.line, p.Sprintf("%s is written twice in this photo: keep only one", name), true
}

// cannotUse matches the compiler's "cannot use 3 (untyped int constant) as string value
// in struct literal".
var cannotUse = regexp.MustCompile(`^cannot use (.+) \((untyped \w+ constant|variable of type \w+|constant \S+ of type \w+)\) as (\w+) value in (?:struct literal|assignment|return statement)`)

// fieldKey is a field's name and its colon, at the end of what comes before a value.
var fieldKey = regexp.MustCompile(`(\w+)\s*:\s*$`)

// fieldBefore is the field written just before column col of line, Title in
// `Title: 3`, or "".
func fieldBefore(line string, col int) string {
	if col < 1 || col > len(line)+1 {
		return ""
	}
	m := fieldKey.FindStringSubmatch(line[:col-1])
	if m == nil {
		return ""
	}
	return m[1]
}

// numberForText: a number where a text goes, Title: 3 (or a variable n in fake.go).
func numberForText(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	m := cannotUse.FindStringSubmatch(e.msg)
	if m == nil || m[3] != "string" || !strings.Contains(m[2], "int") && !strings.Contains(m[2], "float") {
		return 0, "", false
	}
	field := fieldBefore(src.at(e.line), e.col)
	switch {
	case strings.HasPrefix(m[2], "untyped") && field != "":
		return e.line, p.Sprintf("%s is a text: write it between quotes, %s: \"%s\"", field, field, m[1]), true
	case strings.HasPrefix(m[2], "untyped"):
		return e.line, p.Sprintf("a text goes here: write it between quotes, \"%s\"", m[1]), true
	}
	return e.line, p.Sprintf("a text goes here, and %s is a number: write strconv.Itoa(%s) to turn it into a text", m[1], m[1]), true
}

// cannotUseText matches the compiler's "cannot use "chien" (untyped string constant) as
// []string value in struct literal": a text where the type says a list of texts.
var cannotUseText = regexp.MustCompile(`^cannot use (.+) \((?:untyped string constant|value of type string|variable of type string)\) as \[\]string value in struct literal`)

// onePhotoText are the fields of the exercise's Photo that the partner's page reads as
// one text each.
var onePhotoText = []string{"URL", "Title", "Description", "Keyword"}

// listForText: a text where the type now says a list, most often after Keyword string
// became Keyword []string ("several keywords"), which the partner's page cannot read.
func listForText(p *message.Printer, e compileError, src source, dir string) (int, string, bool) {
	m := cannotUseText.FindStringSubmatch(e.msg)
	if m == nil {
		return 0, "", false
	}
	field := fieldBefore(src.at(e.line), e.col)
	switch {
	case pageText(dir, field):
		line := e.line
		if file, at, _ := fieldOf(dir, "Photo", field); file == filepath.Base(e.file) {
			line = at // the type's line, where the change is to undo
		}
		return line, p.Sprintf("%s is a list ([]string) in type Photo, but the partner's page reads one text: put back %s string (for several words, add a field of your own, such as Tags []string)", field, field), true
	case field != "" && strings.HasPrefix(m[1], `"`):
		return e.line, p.Sprintf("%s is a list of texts: write %s: []string{%s}", field, field, m[1]), true
	}
	return 0, "", false
}

// twoTexts is a field given two texts, Keyword: "morse", "glace", in a photo's line.
var twoTexts = regexp.MustCompile(`(\w+)\s*:\s*("(?:[^"\\]|\\.)*")\s*,\s*"`)

// twoTextsInAField: two texts after one field, Keyword: "morse", "glace", which Go
// reads as a value without its field ("mixture of field:value and value elements").
func twoTextsInAField(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	if e.msg != "mixture of field:value and value elements in struct literal" {
		return 0, "", false
	}
	m := twoTexts.FindStringSubmatch(src.at(e.line))
	if m == nil {
		return 0, "", false
	}
	return e.line, p.Sprintf("%s holds one text: write %s: %s, and for several words add a list field of your own, such as Tags []string", m[1], m[1], m[2]), true
}

// backslash: a path on this computer written in a text (C:\Users\eleve\chat.jpg), whose
// \U and \e Go reads as the start of special characters.
func backslash(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	if !strings.Contains(e.msg, "escape") || src != nil && !strings.Contains(src.at(e.line), `\`) {
		return 0, "", false // without the source, an escape is still most likely that path
	}
	return e.line, p.Sprintf(`a \ in a text starts a special character in Go, and C:\Users\... is a path on this computer, which the partner's page cannot show: put the picture in images/ and write its name, or write its web address https://...`), true
}

// unquotedText: a text written without its quotes, Keyword: chien, which Go reads as
// the name of something ("undefined: chien").
func unquotedText(p *message.Printer, e compileError, src source, _ string) (int, string, bool) {
	name, ok := strings.CutPrefix(e.msg, "undefined: ")
	field := fieldBefore(src.at(e.line), e.col)
	if !ok || field == "" || strings.ContainsAny(name, ". ") {
		return 0, "", false
	}
	return e.line, p.Sprintf("%s is a text: write it between quotes, %s: \"%s\"", name, field, name), true
}

// funcWithoutCall: a faker function without its parentheses, faker.Word where
// faker.Word() goes.
func funcWithoutCall(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	m := funcValue.FindStringSubmatch(e.msg)
	if m == nil {
		return 0, "", false
	}
	return e.line, p.Sprintf("%s is missing its parentheses: write %s()", m[1], m[1]), true
}

// funcValue matches "cannot use faker.Word (value of type func(opts ...) string) as string value".
var funcValue = regexp.MustCompile(`^cannot use ([\w.]+) \(value of type func\(`)

// notUTF8: a file an editor saved in Latin-1 (ISO-8859-1, Windows-1252), with an é
// that is not UTF-8.
func notUTF8(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	if e.msg != "invalid UTF-8 encoding" && e.msg != "illegal UTF-8 encoding" {
		return 0, "", false
	}
	return e.line, p.Sprintf("%s is saved in Latin-1 (ISO-8859-1), but Go reads only UTF-8: save it again in UTF-8 (gedit: Save as, then Character encoding: UTF-8)", filepath.Base(e.file)), true
}

// textForNumber: a text where a number goes, ID: "3".
func textForNumber(p *message.Printer, e compileError, src source, dir string) (int, string, bool) {
	m := cannotUse.FindStringSubmatch(e.msg)
	if m == nil || m[2] != "untyped string constant" || !isNumberType(m[3]) {
		return 0, "", false
	}
	field := fieldBefore(src.at(e.line), e.col)
	switch {
	case field == "":
		return e.line, p.Sprintf("a number goes here, written without quotes"), true
	case pageText(dir, field): // the type was changed, not the photo
		line := e.line
		if file, at, _ := fieldOf(dir, "Photo", field); file == filepath.Base(e.file) {
			line = at
		}
		return line, p.Sprintf("%s is a number (%s) in type Photo, but the partner's page reads a text: put back %s string", field, m[3], field), true
	}
	return e.line, p.Sprintf("%s is a number: write it without quotes, such as %s: 3", field, field), true
}

// pageText reports whether the field name of Photo is one the partner's page reads as
// a text: the exercise's URL, Title, Description or Keyword, by its Go name or its json
// tag.
func pageText(dir, name string) bool {
	_, _, tag := fieldOf(dir, "Photo", name)
	return slices.Contains(onePhotoText, name) || slices.ContainsFunc(onePhotoText, func(f string) bool { return strings.EqualFold(f, tag) })
}

// isNumberType reports whether a Go type is a number's.
func isNumberType(t string) bool {
	return strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint") || strings.HasPrefix(t, "float")
}

// unusedImport: "strconv" imported and not used, often after a line of fake.go is removed.
func unusedImport(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	path, ok := strings.CutSuffix(e.msg, " imported and not used")
	if !ok {
		return 0, "", false
	}
	path, _, _ = strings.Cut(path, " as ")
	return e.line, p.Sprintf("the import %s is not used any more: remove its line", path), true
}

// unusedVariable: declared and not used: x.
func unusedVariable(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	name, ok := strings.CutPrefix(e.msg, "declared and not used: ")
	if !ok {
		return 0, "", false
	}
	return e.line, p.Sprintf("%s is declared but never used: use it, or remove it", name), true
}

// fakerFuncs are the functions of go-faker (v4) that make a text, for "did you mean": a
// test checks them against the vendored package.
var fakerFuncs = []string{
	"AmountWithCurrency", "CCNumber", "CCType", "Century", "ChineseFirstName", "ChineseLastName", "ChineseName",
	"Currency", "Date", "DayOfMonth", "DayOfWeek", "DomainName", "E164PhoneNumber", "Email",
	"FirstName", "FirstNameFemale", "FirstNameMale", "Gender", "IPv4", "IPv6", "Jwt", "LastName", "MacAddress", "MonthName", "Name", "Paragraph",
	"Password", "Phonenumber", "Sentence", "TimeString", "Timeperiod", "Timestamp", "Timezone", "TitleFemale",
	"TitleMale", "TollFreePhoneNumber", "URL", "UUIDDigit", "UUIDHyphenated", "Username", "Word", "YearString",
}

// unknownFaker: faker.Sentense, with the function of go-faker that was meant.
func unknownFaker(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	name, ok := strings.CutPrefix(e.msg, "undefined: faker.")
	if !ok {
		return 0, "", false
	}
	if meant := lang.Nearest(name, fakerFuncs); meant != "" {
		return e.line, p.Sprintf("faker has no function %s: did you mean faker.%s?", name, meant), true
	}
	return e.line, p.Sprintf("faker has no function %s: faker.Sentence, faker.Paragraph and faker.Word make texts", name), true
}

// missingPackage: an import that is not in the project (which has no internet, so only
// what vendor/ holds) or that does not exist.
var missingPackageRe = regexp.MustCompile(`^(?:cannot find module providing package|package) (\S+)(?::| is not in std)`)

func missingPackage(p *message.Printer, e compileError, _ source, _ string) (int, string, bool) {
	m := missingPackageRe.FindStringSubmatch(e.msg)
	if m == nil {
		return 0, "", false
	}
	if strings.Contains(m[1], ".") { // a module on the internet
		return e.line, p.Sprintf("the package %s is not in this project, which works without internet: use go-faker (github.com/go-faker/faker/v4) or Go's own packages", m[1]), true
	}
	return e.line, p.Sprintf("there is no package %s: check its name", m[1]), true
}
