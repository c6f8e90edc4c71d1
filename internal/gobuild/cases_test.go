package gobuild

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"photoserver/internal/testkit"
)

// basePhotos and baseFake are photos.go and fake.go as a pair completes them
// (testkit's); they compile, and each case breaks one of them as a beginner does.
const basePhotos = testkit.PhotosGo

const baseFake = testkit.FakeGo

// baseMain uses photos.go and fake.go as the project's main.go does: a generic function
// that takes the list and fakePhoto, as server.Main, so that the compiler says the same.
const baseMain = `package main

func serve[P any](photos []P, fakePhoto func(n int, seed int64) P) {}

func main() { serve(photos, fakePhoto) }
`

// A mistake case: one edit of photos.go or fake.go, and what Explain must say of the
// compiler's output, recorded in testdata/<name>.txt.
type mistakeCase struct {
	name      string
	file      string // the file edited
	old, new  string // the edit: old replaced by new, once
	wantFile  string
	wantLine  int
	wantWords [2]string // the sentence, in English and in French
}

var cases = []mistakeCase{
	{"comma-missing-at-the-end-of-a-photo", "photos.go", "Keyword: \"chien\"},\n\t{Title: \"Carlin\"", "Keyword: \"chien\"}\n\t{Title: \"Carlin\"",
		"photos.go", 14, [2]string{"a comma is missing at the end of the line", "il manque une virgule à la fin de la ligne"}},
	{"comma-missing-in-fake-go", "fake.go", "faker.Word(),", "faker.Word()",
		"fake.go", 15, [2]string{"a comma is missing at the end of the line", "il manque une virgule à la fin de la ligne"}},
	{"comma-missing-between-fields", "photos.go", `Title: "Carlin", URL`, `Title: "Carlin" URL`,
		"photos.go", 15, [2]string{"a comma is missing before URL", "il manque une virgule avant URL"}},
	{"quote-missing-in-the-line", "photos.go", `Title: "Chiot noir", URL`, `Title: "Chiot noir, URL`,
		"photos.go", 14, [2]string{`a quote " is missing: each text starts and ends with "`, `il manque un guillemet " : chaque texte commence et finit par "`}},
	{"quote-missing-at-the-start", "photos.go", `Title: "Carlin"`, `Title: Carlin"`,
		"photos.go", 15, [2]string{`a quote " is missing: each text starts and ends with "`, `il manque un guillemet " : chaque texte commence et finit par "`}},
	{"quote-missing-at-the-end-of-the-line", "photos.go", "Keyword: \"chien\"},\n\t{Title: \"Carlin\"", "Keyword: \"chien},\n\t{Title: \"Carlin\"",
		"photos.go", 14, [2]string{`a quote " is missing: each text starts and ends with "`, `il manque un guillemet " : chaque texte commence et finit par "`}},
	{"brace-missing-at-the-end-of-a-photo", "photos.go", `Keyword: "chien"},` + "\n\t{Title: \"Méduses\"", `Keyword: "chien",` + "\n\t{Title: \"Méduses\"",
		"photos.go", 15, [2]string{"a } is missing at the end of the photo: its line must end with },", "il manque } à la fin de la photo : sa ligne doit finir par },"}},
	{"brace-missing-at-the-start-of-a-photo", "photos.go", "\t{Title: \"Carlin\"", "\tTitle: \"Carlin\"",
		"photos.go", 15, [2]string{"a { is missing at the start of the photo: its line must start with {", "il manque { au début de la photo : sa ligne doit commencer par {"}},
	{"brace-missing-at-the-end-of-the-list", "photos.go", "Keyword: \"mer\"},\n}\n", "Keyword: \"mer\"},\n",
		"photos.go", 17, [2]string{"the file ends too early: a } is missing, such as the one that closes the list of photos on a line of its own", "le fichier finit trop tôt : il manque une }, comme celle qui ferme la liste des photos sur une ligne à elle"}},
	{"two-commas", "photos.go", `Keyword: "mer"},`, `Keyword: "mer"},,`,
		"photos.go", 16, [2]string{"there is a comma too many: remove one", "il y a une virgule de trop : enlevez-en une"}},
	{"equals-for-colon", "photos.go", `{Title: "Chiot noir"`, `{Title = "Chiot noir"`,
		"photos.go", 14, [2]string{`in a photo, a field is followed by a colon, not by =: Title: "..."`, `dans une photo, un champ est suivi de deux-points, pas de = : Title: "..."`}},
	{"curly-quotes", "photos.go", `Title: "Méduses"`, `Title: “Méduses”`,
		"photos.go", 16, [2]string{`“ is not a quote Go knows (it comes from a word processor): write texts between straight quotes "..."`, `“ n'est pas un guillemet que Go connaît (il vient d'un traitement de texte) : écrivez les textes entre guillemets droits "..."`}},
	{"single-quotes", "photos.go", `Title: "Carlin"`, `Title: 'Carlin'`,
		"photos.go", 15, [2]string{`a text is written between double quotes "...", not single quotes '...'`, `un texte s'écrit entre guillemets doubles "...", pas entre apostrophes '...'`}},
	{"field-misspelt", "photos.go", `Keyword: "mer"`, `Keywrd: "mer"`,
		"photos.go", 16, [2]string{"Photo has no field Keywrd: did you mean Keyword?", "Photo n'a pas de champ Keywrd : vouliez-vous dire Keyword ?"}},
	{"field-without-its-capital", "photos.go", `Keyword: "mer"`, `keyword: "mer"`,
		"photos.go", 16, [2]string{"Photo has no field keyword: did you mean Keyword?", "Photo n'a pas de champ keyword : vouliez-vous dire Keyword ?"}},
	{"field-unknown", "photos.go", `Keyword: "mer"`, `Tag: "mer"`,
		"photos.go", 16, [2]string{"Photo has no field Tag: its fields are ID, URL, Title, Description, Keyword", "Photo n'a pas de champ Tag : ses champs sont ID, URL, Title, Description, Keyword"}},
	{"field-twice", "photos.go", `{Title: "Carlin"`, `{Title: "Carlin", Title: "Carlin"`,
		"photos.go", 15, [2]string{"Title is written twice in this photo: keep only one", "Title est écrit deux fois dans cette photo : n'en gardez qu'un"}},
	{"text-where-a-number-goes", "photos.go", `{Title: "Chiot noir"`, `{ID: "1", Title: "Chiot noir"`,
		"photos.go", 14, [2]string{"ID is a number: write it without quotes, such as ID: 3", "ID est un nombre : écrivez-le sans guillemets, comme ID: 3"}},
	{"number-where-a-text-goes", "photos.go", `Title: "Carlin"`, `Title: 2`,
		"photos.go", 15, [2]string{`Title is a text: write it between quotes, Title: "2"`, `Title est un texte : écrivez-le entre guillemets, Title: "2"`}},
	{"number-variable-where-a-text-goes", "fake.go", "faker.Sentence(),", "n,",
		"fake.go", 13, [2]string{"a text goes here, and n is a number: write strconv.Itoa(n) to turn it into a text", "un texte va ici, et n est un nombre : écrivez strconv.Itoa(n) pour en faire un texte"}},
	{"import-not-used", "fake.go", `"https://picsum.photos/seed/" + strconv.FormatInt(seed, 10) + "-" + strconv.Itoa(n) + "/640/480"`, `"https://picsum.photos/seed/1/640/480"`,
		"fake.go", 4, [2]string{`the import "strconv" is not used any more: remove its line`, `l'import "strconv" n'est plus utilisé : enlevez sa ligne`}},
	{"variable-not-used", "fake.go", "\treturn Photo{", "\tx := 3\n\treturn Photo{",
		"fake.go", 11, [2]string{"x is declared but never used: use it, or remove it", "x est déclaré mais jamais utilisé : utilisez-le, ou enlevez-le"}},
	{"faker-function-misspelt", "fake.go", "faker.Sentence()", "faker.Sentense()",
		"fake.go", 13, [2]string{"faker has no function Sentense: did you mean faker.Sentence?", "faker n'a pas de fonction Sentense : vouliez-vous dire faker.Sentence ?"}},
	{"faker-function-unknown", "fake.go", "faker.Word()", "faker.Picture()",
		"fake.go", 15, [2]string{"faker has no function Picture: faker.Sentence, faker.Paragraph and faker.Word make texts", "faker n'a pas de fonction Picture : faker.Sentence, faker.Paragraph et faker.Word font des textes"}},
	{"list-renamed", "photos.go", "var photos =", "var mesPhotos =",
		"photos.go", 0, [2]string{"there is no list named photos any more: photos.go must keep var photos = []Photo{ ... }", "il n'y a plus de liste nommée photos : photos.go doit garder var photos = []Photo{ ... }"}},
	{"type-renamed", "photos.go", "type Photo struct", "type Photos struct",
		"photos.go", 0, [2]string{"there is no type Photo any more: photos.go must keep type Photo struct { ... }", "il n'y a plus de type Photo : photos.go doit garder type Photo struct { ... }"}},
	{"fakephoto-renamed", "fake.go", "func fakePhoto(", "func fauxPhoto(",
		"fake.go", 0, [2]string{"there is no function fakePhoto any more: fake.go must keep func fakePhoto(n int, seed int64) Photo", "il n'y a plus de fonction fakePhoto : fake.go doit garder func fakePhoto(n int, seed int64) Photo"}},
	{"fakephoto-first-line-changed", "fake.go", "func fakePhoto(n int, seed int64) Photo", "func fakePhoto(n int) Photo",
		"fake.go", 0, [2]string{"fakePhoto must keep its first line as it was: func fakePhoto(n int, seed int64) Photo", "fakePhoto doit garder sa première ligne telle quelle : func fakePhoto(n int, seed int64) Photo"}},
	{"another-package", "photos.go", "package main", "package photos",
		"photos.go", 1, [2]string{"the file starts with package photos: write package main, as in the other files", "le fichier commence par package photos : écrivez package main, comme dans les autres fichiers"}},
	{"package-from-the-internet", "fake.go", "\"github.com/go-faker/faker/v4\"\n", "\"github.com/go-faker/faker/v4\"\n\t\"github.com/brianvoe/gofakeit/v7\"\n",
		"fake.go", 7, [2]string{"the package github.com/brianvoe/gofakeit/v7 is not in this project, which works without internet: use go-faker (github.com/go-faker/faker/v4) or Go's own packages", "le paquet github.com/brianvoe/gofakeit/v7 n'est pas dans ce projet, qui marche sans internet : utilisez go-faker (github.com/go-faker/faker/v4) ou les paquets de Go"}},
	{"package-misspelt", "fake.go", `"strconv"`, `"strconvv"`,
		"fake.go", 4, [2]string{"there is no package strconvv: check its name", "il n'y a pas de paquet strconvv : vérifiez son nom"}},
	{"keyword-made-a-list", "photos.go", "Keyword     string", "Keyword     []string",
		"photos.go", 9, [2]string{"Keyword is a list ([]string) in type Photo, but the partner's page reads one text: put back Keyword string (for several words, add a field of your own, such as Tags []string)",
			"Keyword est une liste ([]string) dans le type Photo, mais la page du binôme lit un seul texte : remettez Keyword string (pour plusieurs mots, ajoutez un champ à vous, comme Tags []string)"}},
	{"copy-of-photos-go", "photos (copie).go", "", basePhotos,
		"photos (copie).go", 0, [2]string{"this file writes Photo again, as photos.go does: a copy of photos.go in the same folder? move it out of this folder, or end its name with .txt",
			"ce fichier réécrit Photo, comme photos.go : une copie de photos.go dans le même dossier ? sortez-la de ce dossier, ou finissez son nom par .txt"}},
	{"saved-in-latin-1", "photos.go", `"Méduses"`, "\"M\xe9duses\"",
		"photos.go", 16, [2]string{"photos.go is saved in Latin-1 (ISO-8859-1), but Go reads only UTF-8: save it again in UTF-8 (gedit: Save as, then Character encoding: UTF-8)",
			"photos.go est enregistré en Latin-1 (ISO-8859-1), mais Go ne lit que l'UTF-8 : enregistrez-le à nouveau en UTF-8 (gedit : Enregistrer sous, puis Codage des caractères : UTF-8)"}},
	{"keyword-made-a-number", "photos.go", "Keyword     string", "Keyword     int",
		"photos.go", 9, [2]string{"Keyword is a number (int) in type Photo, but the partner's page reads a text: put back Keyword string",
			"Keyword est un nombre (int) dans le type Photo, mais la page du binôme lit un texte : remettez Keyword string"}},
	{"path-on-this-computer", "photos.go", `URL: "https://picsum.photos/id/1025/640/480"`, `URL: "C:\Users\eleve\chat.jpg"`,
		"photos.go", 15, [2]string{`a \ in a text starts a special character in Go, and C:\Users\... is a path on this computer, which the partner's page cannot show: put the picture in images/ and write its name, or write its web address https://...`,
			`un \ dans un texte commence un caractère spécial en Go, et C:\Users\... est un chemin sur cet ordinateur, que la page du binôme ne peut pas montrer : mettez l'image dans images/ et écrivez son nom, ou écrivez son adresse web https://...`}},
	{"text-without-quotes", "photos.go", `Keyword: "mer"`, `Keyword: mer`,
		"photos.go", 16, [2]string{`mer is a text: write it between quotes, Keyword: "mer"`, `mer est un texte : écrivez-le entre guillemets, Keyword: "mer"`}},
	{"faker-without-parentheses", "fake.go", "faker.Paragraph()", "faker.Paragraph",
		"fake.go", 14, [2]string{"faker.Paragraph is missing its parentheses: write faker.Paragraph()", "il manque les parenthèses à faker.Paragraph : écrivez faker.Paragraph()"}},
	{"quote-inside-a-text", "photos.go", `Description: "Un carlin dans une couverture."`, `Description: "La "reine" de la savane"`,
		"photos.go", 15, [2]string{`a quote " inside a text ends it before reine: write \" instead, or « », as in \"reine\" or « reine »`,
			`un guillemet " dans un texte le finit avant reine : écrivez \" à sa place, ou « », comme \"reine\" ou « reine »`}},
	{"two-texts-in-one-field", "photos.go", `Keyword: "mer"`, `Keyword: "morse", "glace"`,
		"photos.go", 16, [2]string{`Keyword holds one text: write Keyword: "morse", and for several words add a list field of your own, such as Tags []string`,
			`Keyword ne contient qu'un texte : écrivez Keyword: "morse", et pour plusieurs mots ajoutez un champ liste à vous, comme Tags []string`}},
	// go run main.go: the files are right, the command is not.
	{"go-run-main-go", "photos.go", "", "", "", 0, [2]string{"go run main.go compiles main.go alone, without photos.go and fake.go: type go run . (with the dot) to run every file of the folder",
		"go run main.go ne compile que main.go, sans photos.go ni fake.go : tapez go run . (avec le point) pour lancer tous les fichiers du dossier"}},
	{"anything-else-in-the-compilers-words", "photos.go", `"Des méduses orange dans un aquarium."`, `"Des méduses orange dans un aquarium." + 3`,
		"photos.go", 16, [2]string{"invalid operation: ", "invalid operation: "}},
}

// writeCase writes the folder of case c in dir: photos.go and fake.go, one of them
// broken, and main.go.
func writeCase(t *testing.T, dir string, c mistakeCase) {
	t.Helper()
	files := map[string]string{"photos.go": basePhotos, "fake.go": baseFake, "main.go": baseMain}
	if !strings.Contains(files[c.file], c.old) {
		t.Fatalf("%s: %s has no %q to change", c.name, c.file, c.old)
	}
	files[c.file] = strings.Replace(files[c.file], c.old, c.new, 1)
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// recorded is the compiler's output for case c, as testdata holds it, with the folder
// it was compiled in written $DIR.
func recorded(t *testing.T, c mistakeCase) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", c.name+".txt"))
	if err != nil {
		t.Fatalf("%s: %v (go test -tags integration -run TestTheRealCompiler -update records it)", c.name, err)
	}
	return string(b)
}

func TestExplainSaysABeginnersMistakeInOneSentence(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeCase(t, dir, c)
			output := strings.ReplaceAll(recorded(t, c), "$DIR", dir)
			for l, lang := range testkit.Languages {
				file, line, sentence := Explain(lang.P, dir, output)
				if file != c.wantFile || line != c.wantLine || !strings.HasPrefix(sentence, c.wantWords[l]) {
					t.Errorf("%s: Explain said %s, line %d: %q\nwant %s, line %d: %q\nfrom:\n%s", lang.Name, file, line, sentence, c.wantFile, c.wantLine, c.wantWords[l], output)
				}
			}
		})
	}
}

func TestExplainWithoutTheSourceStillSaysTheCompilersLine(t *testing.T) {
	output := "# photoserver\n./photos.go:21:167: syntax error: unexpected newline in composite literal; possibly missing comma or }\n./photos.go:23:2: syntax error: unexpected {, expected expression\n"
	file, line, sentence := Explain(testkit.Languages[0].P, "", output)
	if file != "photos.go" || line != 21 || sentence != "a comma is missing at the end of the line" {
		t.Errorf("without the source: %s, %d, %q; want photos.go, 21, a comma", file, line, sentence)
	}
	file, line, sentence = Explain(testkit.Languages[0].P, "", "go: cannot find main module, but found .git/config\n")
	if file != "" || line != 0 || sentence != "go: cannot find main module, but found .git/config" {
		t.Errorf("an output without an error line: %q, %d, %q; want its first line", file, line, sentence)
	}
	file, line, _ = Explain(testkit.Languages[0].P, "", `.\fake.go:4:2: "strconv" imported and not used`)
	if file != "fake.go" || line != 4 {
		t.Errorf("a Windows path: %q, %d; want fake.go, 4", file, line)
	}
}

func TestAStudentsFileComesBeforeTheErrorsItCausesElsewhere(t *testing.T) {
	output := "# photoserver\n./main.go:14:14: cannot use x (variable of type int) as string value in assignment\n./fake.go:17:66: undefined: faker.Sentense\n"
	file, line, sentence := Explain(testkit.Languages[0].P, "", output)
	if file != "fake.go" || line != 17 || !strings.Contains(sentence, "did you mean faker.Sentence?") {
		t.Errorf("got %s, %d, %q; want fake.go's error first", file, line, sentence)
	}
}
