package main

import "photoserver/internal/lang"

// french holds the French of what this program says, keyed by the English text written
// at the call site, as lang's catalog does for the server's. The reasons of each row
// come from the pair's grading sheet, which speaks the teacher's language too.
var french = map[string]string{
	"%s imports %s, which the exercise does not use: look at what it does with it": "%s importe %s, dont l'exercice ne se sert pas : regardez ce qu'il en fait",
	"photos.go or fake.go used more memory than %s":                                "photos.go ou fake.go a utilisé plus de %s de mémoire",
	"photos.go or fake.go printed more than %s":                                    "photos.go ou fake.go a écrit plus de %s",
	"the program stopped at %s: %s":                                                "le programme s'est arrêté à %s : %s",
	"the program stopped before the end: %s":                                       "le programme s'est arrêté avant la fin : %s",
	// The command line (main.go).
	usageText: `Utilisation : go run ./tools/grade [options] DOSSIER_OU_ADRESSE...

Note chaque binôme donné, comme go test en note un, avec les tests du professeur : un dossier
est celui d'un binôme, à n'importe quelle profondeur au-dessus de son photos.go (seuls photos.go
et fake.go sont pris), une adresse est le serveur d'un binôme en marche (noté sur 8).

Exemples :
  go run ./tools/grade /home/premiere/Eleves/*/seances/18_10_21
  go run ./tools/grade -o notes.csv -html classe.html /home/premiere/Eleves/*/seances/18_10_21
  go run ./tools/grade 192.168.1.42:9000 192.168.1.43:9000

Options :
`,
	"write the table to `FILE` as CSV, for the gradebook (notes.csv)":                                                                         "écrit le tableau dans le `FICHIER` en CSV, pour le carnet de notes (notes.csv)",
	"write the table to `FILE` as a web page to show (classe.html)":                                                                           "écrit le tableau dans le `FICHIER` en page web à montrer (classe.html)",
	"how long a pair's tests may run (`DURATION`: 20s, 1m) (default: 20s)":                                                                    "combien de temps les tests d'un binôme peuvent durer (`DURÉE` : 20s, 1m) (par défaut : 20s)",
	"the teacher's copy of the project, whose tests grade (`FOLDER`; default: the one this program is in)":                                    "la copie du projet du professeur, dont les tests notent (`DOSSIER` ; par défaut : celui de ce programme)",
	"give the folders of the pairs, or the addresses of their servers, such as go run ./tools/grade /home/premiere/Eleves/*/seances/18_10_21": "donnez les dossiers des binômes, ou les adresses de leurs serveurs, comme go run ./tools/grade /home/premiere/Eleves/*/seances/18_10_21",
	"-%s must be followed by a file name, not by %q":                                                                                          "-%s doit être suivi d'un nom de fichier, pas de « %s »",
	"-%s %s: the folder %s does not exist, so the file cannot be written there":                                                               "-%s %s : le dossier %s n'existe pas, le fichier ne peut donc pas y être écrit",
	"-%s is not a flag: did you mean -%s? (go run ./tools/grade -h shows them all)":                                                           "-%s n'est pas une option : vouliez-vous dire -%s ? (go run ./tools/grade -h les montre toutes)",
	"-%s is not a flag: run go run ./tools/grade -h to see the flags":                                                                         "-%s n'est pas une option : lancez go run ./tools/grade -h pour voir les options",
	"-%s must be followed by its value: run go run ./tools/grade -h to see the flags":                                                         "-%s doit être suivi de sa valeur : lancez go run ./tools/grade -h pour voir les options",
	"-timeout must be a duration, such as -timeout 20s or -timeout 1m":                                                                        "-timeout doit être une durée, comme -timeout 20s ou -timeout 1m",
	"the command line is not understood (%v): run go run ./tools/grade -h to see the flags":                                                   "la ligne de commande n'est pas comprise (%v) : lancez go run ./tools/grade -h pour voir les options",
	"no folder matches %s: check the path, up to the star":                                                                                    "aucun dossier ne correspond à %s : vérifiez le chemin, jusqu'à l'étoile",
	"%s is neither a folder nor an address such as 192.168.1.42:9000: check the path":                                                         "%s n'est ni un dossier ni une adresse comme 192.168.1.42:9000 : vérifiez le chemin",
	"stopped before the end: nothing was written":                                                                                             "arrêté avant la fin : rien n'a été écrit",
	"Graded: %s in %s.": "Notation : %s en %s.",
	"Graded: %s in %s; not graded: %s (see the reason on its row).": "Notation : %s en %s ; pas notés : %s (voyez la raison sur leur ligne).",
	"Written: %s": "Écrit : %s",
	"cannot write %s (%v): check the free space and that its folder is writable, then run again": "impossible d'écrire %s (%v) : vérifiez la place libre et que son dossier est modifiable, puis relancez",
	"%s s":   "%s s",
	"%.1f s": "%.1f s",

	// The teacher's project (project.go).
	"the go command is not found: install Go 1.26 or newer, or add its bin folder to PATH":                      "la commande go est introuvable : installez Go 1.26 ou plus récent, ou ajoutez son dossier bin au PATH",
	"%s is not the photo server's folder: it has no %s (give the teacher's copy with -root)":                    "%s n'est pas le dossier du serveur de photos : il n'a pas de %s (donnez la copie du professeur avec -root)",
	"cannot copy the teacher's project to build the pairs (%v): check the free space, then run again":           "impossible de copier le projet du professeur pour compiler les binômes (%v) : vérifiez la place libre, puis relancez",
	"Compiling the teacher's project (the first time, a minute or two)...":                                      "Compilation du projet du professeur (la première fois, une à deux minutes)...",
	"photos.go and fake.go need more than %s of memory to compile: look for constants that double in size":      "photos.go et fake.go demandent plus de %s de mémoire pour compiler : cherchez-y des constantes qui doublent de taille",
	"the teacher's project does not build (%s: %s): run go test in %s to see why":                               "le projet du professeur ne compile pas (%s : %s) : lancez go test dans %s pour voir pourquoi",
	"-root %s is not the photo server's folder: it has no go.mod of module photoserver":                         "-root %s n'est pas le dossier du serveur de photos : il n'a pas de go.mod du module photoserver",
	"the teacher's project is not found: run this in the photo server's folder, or give that folder with -root": "le projet du professeur est introuvable : lancez ceci dans le dossier du serveur de photos, ou donnez ce dossier avec -root",

	// A pair (grade.go).
	"%s; %s":                      "%s ; %s",
	"Grading: %s of %s":           "Notation : %s sur %s",
	"no photos.go in this folder": "pas de photos.go dans ce dossier",
	"%s projects in this folder: graded %s, the most recently modified (not %s)":                                                 "%s projets dans ce dossier : noté %s, le plus récemment modifié (pas %s)",
	"there is no %s beside photos.go, so the project does not compile: the pair needs both photos.go and fake.go":                "il n'y a pas de %s à côté de photos.go, donc le projet ne compile pas : il faut au binôme photos.go et fake.go",
	"%s is not an ordinary file (a link, a pipe or a device), so it is not read: the pair must save it again as a file":          "%s n'est pas un fichier ordinaire (un lien, un tube ou un périphérique), il n'est donc pas lu : le binôme doit l'enregistrer à nouveau comme un fichier",
	"%s is not an ordinary file (a link, a pipe or a device), so the server does not start in this folder: remove that file":     "%s n'est pas un fichier ordinaire (un lien, un tube ou un périphérique), donc le serveur ne démarre pas dans ce dossier : supprimez ce fichier",
	"%s does not compile (line %s), so the server does not start in this folder: correct that file or move it out of the folder": "%s ne compile pas (ligne %s), donc le serveur ne démarre pas dans ce dossier : corrigez ce fichier ou sortez-le du dossier",
	"%s does not compile, so the server does not start in this folder: correct that file or move it out of the folder":           "%s ne compile pas, donc le serveur ne démarre pas dans ce dossier : corrigez ce fichier ou sortez-le du dossier",
	"%s is of package %s, not main, so the server does not start in this folder: move that file out of the folder":               "%s est du paquet %s, pas main, donc le serveur ne démarre pas dans ce dossier : sortez ce fichier du dossier",
	"%s declares %s again, as %s does, so the server does not start in this folder: move that file out of the folder":            "%s déclare à nouveau %s, comme %s, donc le serveur ne démarre pas dans ce dossier : sortez ce fichier du dossier",
	"%s is %s, too big to be a student's file":                       "%s fait %s, trop pour un fichier d'élève",
	"cannot read %s (%v): check that you may read the pair's folder": "impossible de lire %s (%v) : vérifiez que vous pouvez lire le dossier du binôme",
	"photos.go and fake.go did not compile within %s":                "photos.go et fake.go n'ont pas compilé en %s",
	"cannot build the pair's code (%v)":                              "impossible de compiler le code du binôme (%v)",
	"photos.go and fake.go do not compile: %s":                       "photos.go et fake.go ne compilent pas : %s",
	"%s does not compile: %s":                                        "%s ne compile pas : %s",
	"%s does not compile: line %s, %s":                               "%s ne compile pas : ligne %s, %s",
	"photos.go or fake.go did not finish in %s":                      "photos.go ou fake.go n'a pas fini en %s",

	// The table, the CSV file, the page (report.go).
	"Name":                 "Nom",
	"Obj. %s":              "Obj. %s",
	"Total":                "Total",
	"Reason":               "Raison",
	"Obj. %s: %s (%s)":     "Obj. %s : %s (%s)",
	"%s points":            "%s points",
	"%s pair":              "%s binôme",
	"%s pairs":             "%s binômes",
	"name":                 "nom",
	"folder or address":    "dossier ou adresse",
	"objective %s":         "objectif %s",
	"objective %s: photos": "objectif %s : photos",
	"total":                "total",
	"out of":               "sur",
	"The photos of each pair, as the partner's page shows them": "Les photos de chaque binôme, comme la page du binôme les montre",
	"no picture at this url":                                    "pas d'image à cette url",
	"refused: %s":                                               "refusé : %s",
	"reason":                                                    "raison",
	"Grades of the class":                                       "Notes de la classe",
	"Grades of the class, %s":                                   "Notes de la classe, %s",
	"Objectives reached":                                        "Objectifs atteints",
	"Objective %s, %s: %s of %s":                                "Objectif %s, %s : %s sur %s",
}

func init() { lang.AddFrench(french) }
