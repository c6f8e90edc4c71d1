package gobuild

import "photoserver/internal/lang"

// french holds the French of the sentences that explain a failed build, keyed by the
// English text written at the call site, as lang's catalog does for the server's. A test
// (TestEveryMessageIsInBothLanguages, in this package) fails when one is missing.
var french = map[string]string{
	`a \ in a text starts a special character in Go, and C:\Users\... is a path on this computer, which the partner's page cannot show: put the picture in images/ and write its name, or write its web address https://...`: `un \ dans un texte commence un caractère spécial en Go, et C:\Users\... est un chemin sur cet ordinateur, que la page du binôme ne peut pas montrer : mettez l'image dans images/ et écrivez son nom, ou écrivez son adresse web https://...`,
	"%s is missing its parentheses: write %s()":                                                  "il manque les parenthèses à %s : écrivez %s()",
	"%s is a number (%s) in type Photo, but the partner's page reads a text: put back %s string": "%s est un nombre (%s) dans le type Photo, mais la page du binôme lit un texte : remettez %s string",
	"%s is a list ([]string) in type Photo, but the partner's page reads one text: put back %s string (for several words, add a field of your own, such as Tags []string)": "%s est une liste ([]string) dans le type Photo, mais la page du binôme lit un seul texte : remettez %s string (pour plusieurs mots, ajoutez un champ à vous, comme Tags []string)",
	"%s is a list of texts: write %s: []string{%s}": "%s est une liste de textes : écrivez %s: []string{%s}",
	"%s is saved in Latin-1 (ISO-8859-1), but Go reads only UTF-8: save it again in UTF-8 (gedit: Save as, then Character encoding: UTF-8)": "%s est enregistré en Latin-1 (ISO-8859-1), mais Go ne lit que l'UTF-8 : enregistrez-le à nouveau en UTF-8 (gedit : Enregistrer sous, puis Codage des caractères : UTF-8)",
	"%s is written in both %s and %s: keep only one": "%s est écrit à la fois dans %s et dans %s : n'en gardez qu'un",
	"this file writes %s again, as %s does: a copy of %s in the same folder? move it out of this folder, or end its name with .txt": "ce fichier réécrit %s, comme %s : une copie de %s dans le même dossier ? sortez-la de ce dossier, ou finissez son nom par .txt",
	"there is no type Photo any more: photos.go must keep type Photo struct { ... }":                                                "il n'y a plus de type Photo : photos.go doit garder type Photo struct { ... }",
	"there is no list named photos any more: photos.go must keep var photos = []Photo{ ... }":                                       "il n'y a plus de liste nommée photos : photos.go doit garder var photos = []Photo{ ... }",
	"there is no function fakePhoto any more: fake.go must keep func fakePhoto(n int, seed int64) Photo":                            "il n'y a plus de fonction fakePhoto : fake.go doit garder func fakePhoto(n int, seed int64) Photo",
	"fakePhoto must keep its first line as it was: func fakePhoto(n int, seed int64) Photo":                                         "fakePhoto doit garder sa première ligne telle quelle : func fakePhoto(n int, seed int64) Photo",
	"the file starts with package %s: write package main, as in the other files":                                                    "le fichier commence par package %s : écrivez package main, comme dans les autres fichiers",
	"a quote \" is missing: each text starts and ends with \"":                                                                      "il manque un guillemet \" : chaque texte commence et finit par \"",
	"a comma is missing at the end of the line":                                                                                     "il manque une virgule à la fin de la ligne",
	"a comma is missing before %s":                                                                                                          "il manque une virgule avant %s",
	"a } is missing at the end of the photo: its line must end with },":                                                                     "il manque } à la fin de la photo : sa ligne doit finir par },",
	"a } or a comma is missing before this line":                                                                                            "il manque } ou une virgule avant cette ligne",
	"a { is missing at the start of the photo: its line must start with {":                                                                  "il manque { au début de la photo : sa ligne doit commencer par {",
	"the file ends too early: a } is missing, such as the one that closes the list of photos on a line of its own":                          "le fichier finit trop tôt : il manque une }, comme celle qui ferme la liste des photos sur une ligne à elle",
	"there is a comma too many: remove one":                                                                                                 "il y a une virgule de trop : enlevez-en une",
	"in a photo, a field is followed by a colon, not by =: Title: \"...\"":                                                                  "dans une photo, un champ est suivi de deux-points, pas de = : Title: \"...\"",
	"%s is not a quote Go knows (it comes from a word processor): write texts between straight quotes \"...\"":                              "%s n'est pas un guillemet que Go connaît (il vient d'un traitement de texte) : écrivez les textes entre guillemets droits \"...\"",
	"a text is written between double quotes \"...\", not single quotes '...'":                                                              "un texte s'écrit entre guillemets doubles \"...\", pas entre apostrophes '...'",
	"%s has no field %s: did you mean %s?":                                                                                                  "%s n'a pas de champ %s : vouliez-vous dire %s ?",
	"%s has no field %s: its fields are %s":                                                                                                 "%s n'a pas de champ %s : ses champs sont %s",
	"%s has no field %s":                                                                                                                    "%s n'a pas de champ %s",
	"%s is written twice in this photo: keep only one":                                                                                      "%s est écrit deux fois dans cette photo : n'en gardez qu'un",
	"%s is a text: write it between quotes, %s: \"%s\"":                                                                                     "%s est un texte : écrivez-le entre guillemets, %s: \"%s\"",
	"a text goes here: write it between quotes, \"%s\"":                                                                                     "un texte va ici : écrivez-le entre guillemets, \"%s\"",
	"a text goes here, and %s is a number: write strconv.Itoa(%s) to turn it into a text":                                                   "un texte va ici, et %s est un nombre : écrivez strconv.Itoa(%s) pour en faire un texte",
	"a number goes here, written without quotes":                                                                                            "un nombre va ici, écrit sans guillemets",
	"%s is a number: write it without quotes, such as %s: 3":                                                                                "%s est un nombre : écrivez-le sans guillemets, comme %s: 3",
	"the import %s is not used any more: remove its line":                                                                                   "l'import %s n'est plus utilisé : enlevez sa ligne",
	"%s is declared but never used: use it, or remove it":                                                                                   "%s est déclaré mais jamais utilisé : utilisez-le, ou enlevez-le",
	"faker has no function %s: did you mean faker.%s?":                                                                                      "faker n'a pas de fonction %s : vouliez-vous dire faker.%s ?",
	"faker has no function %s: faker.Sentence, faker.Paragraph and faker.Word make texts":                                                   "faker n'a pas de fonction %s : faker.Sentence, faker.Paragraph et faker.Word font des textes",
	"the package %s is not in this project, which works without internet: use go-faker (github.com/go-faker/faker/v4) or Go's own packages": "le paquet %s n'est pas dans ce projet, qui marche sans internet : utilisez go-faker (github.com/go-faker/faker/v4) ou les paquets de Go",
	"there is no package %s: check its name":                                                                                                "il n'y a pas de paquet %s : vérifiez son nom",
	"a quote \" inside a text ends it before %s: write \\\" instead, or « », as in \\\"%s\\\" or « %s »":                                    "un guillemet \" dans un texte le finit avant %s : écrivez \\\" à sa place, ou « », comme \\\"%s\\\" ou « %s »",
	"%s holds one text: write %s: %s, and for several words add a list field of your own, such as Tags []string":                            "%s ne contient qu'un texte : écrivez %s: %s, et pour plusieurs mots ajoutez un champ liste à vous, comme Tags []string",
	"go run main.go compiles main.go alone, without photos.go and fake.go: type go run . (with the dot) to run every file of the folder":    "go run main.go ne compile que main.go, sans photos.go ni fake.go : tapez go run . (avec le point) pour lancer tous les fichiers du dossier",
}

func init() { lang.AddFrench(french) }
