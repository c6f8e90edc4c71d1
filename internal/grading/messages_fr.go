package grading

import "photoserver/internal/lang"

// french holds the French of the grading sheet's messages, keyed by the English text
// written at the call site, as lang's catalog does for the server's. The server never
// prints a sheet, so these are not in it: they are added when this package is used.
var french = map[string]string{
	"fake.go is not a plain Go file of at most %s, so its texts cannot be followed to faker: write fakePhoto in fake.go, a plain file, with faker, such as %s": "fake.go n'est pas un fichier Go ordinaire d'au plus %s, donc ses textes ne peuvent pas être suivis jusqu'à faker : écrivez fakePhoto dans fake.go, un fichier ordinaire, avec faker, par exemple %s",
	"fake.go has no fakePhoto that returns a Photo: write fakePhoto in fake.go, with faker, such as %s":                                                        "fake.go n'a pas de fakePhoto qui renvoie une Photo : écrivez fakePhoto dans fake.go, avec faker, par exemple %s",
	"%s sends the same %s as %s: that server should send %s, for each picture":                                                                                 "%s envoie le même champ %s que %s : ce serveur devrait envoyer %s, pour chaque image",
	"%s sends its title again as its description: that server should send %s":                                                                                  "%s renvoie son titre comme description : ce serveur devrait envoyer %s",
	"%s sends %q as its %s, which %s: that server should send %s":                                                                                              "%s envoie « %s » comme %s, ce qui %s : ce serveur devrait envoyer %s",
	"%s sends nearly the same %s as %s, a letter or two apart: that server should send %s, for each picture":                                                   "%s envoie presque le même champ %s que %s, à une lettre ou deux près : ce serveur devrait envoyer %s, pour chaque image",
	"%s sends %q, not %q: the partner's page reads photo.%s, so rename it on that server":                                                                      "%s envoie « %s », pas « %s » : la page du binôme lit photo.%s, renommez-le donc sur ce serveur",
	"%s sends the same %s as every other photo: that server should send %s, for each picture":                                                                  "%s envoie le même champ %s que toutes les autres photos : ce serveur devrait envoyer %s, pour chaque image",
	"the folder %s: its photos.go, and its fake.go for Faker":                                                                                                  "le dossier %s : son photos.go, et son fake.go pour Faker",
	"%s: the %s field is not made by a faker function here (it comes from the seed, n or a text written by hand): fill it with faker, such as %s":              "%s : le champ %s n'est pas fait par une fonction de faker ici (il vient de la graine, de n ou d'un texte écrit à la main) : remplissez-le avec faker, par exemple %s",
	"the data file %s":                  "le fichier de données %s",
	"fake.go has no fakePhoto to grade": "fake.go n'a pas de fakePhoto à noter",
	"%s: the %s is sent as %q, so the partner's page, which reads photo.%s, finds none: put back json:%q on the field %s": "%s : le champ %s est envoyé sous le nom « %s », donc la page du binôme, qui lit photo.%s, n'en trouve aucun : remettez json:\"%s\" sur le champ %s",
	"nothing listens on that port":  "rien n'écoute sur ce port",
	"no answer within 5 seconds":    "aucune réponse en 5 secondes",
	"a description for every photo": "une description pour chaque photo",
	"a keyword for every photo":     "un mot-clé pour chaque photo",
	"photos made with Faker":        "des photos faites avec Faker",
	"Grading sheet: %s":             "Fiche d'évaluation : %s",
	"Warning: %s":                   "Attention : %s",
	"Objective %s, %s":              "Objectif %s, %s",
	"Total":                         "Total",
	"%s of %s":                      "%s sur %s",
	"no photo graded: see above":    "aucune photo notée : voyez plus haut",
	"cannot be told over the network: look at the pair's code":                                                                                              "impossible à savoir par le réseau : regardez le code du binôme",
	"a data file does not tell whether its photos come from Faker: go test in the pair's folder grades it":                                                  "un fichier de données ne dit pas si ses photos viennent de Faker : go test dans le dossier du binôme le note",
	"there is no photo at all, so no photo has a %s: add photos":                                                                                            "il n'y a aucune photo, donc aucune n'a le champ %s : ajoutez des photos",
	"%s sends no %s: add one to each photo on that server":                                                                                                  "il manque le champ %[2]s à %[1]s : ajoutez-le à chaque photo sur ce serveur",
	"fake.go could not make photos (%v): run go run . -fake 5 to see why":                                                                                   "fake.go n'a pas pu faire de photos (%v) : lancez go run . -fake 5 pour voir pourquoi",
	"%s: the %s field is empty in %s made with faker: fill it with faker, such as %s":                                                                       "%s : le champ %s est vide dans %s faites avec faker : remplissez-le avec faker, par exemple %s",
	"GET /photos does not send a list of photos (%v): look at what go run . sends at /photos":                                                               "GET /photos n'envoie pas une liste de photos (%v) : regardez ce que go run . envoie à /photos",
	"PHOTOS_URL must be an address such as http://192.168.1.42:9000/photos, not %q":                                                                         "PHOTOS_URL doit être une adresse comme http://192.168.1.42:9000/photos, pas « %s »",
	"%s: the %s field is not made up by faker: it stays the same with another seed; fill it with faker, such as %s":                                         "%s : le champ %s n'est pas inventé par faker : il reste le même avec une autre graine ; remplissez-le avec faker, par exemple %s",
	"the server does not start, so the partner's page gets no photo: %s":                                                                                    "le serveur ne démarre pas, donc la page du binôme ne reçoit aucune photo : %s",
	"the server does not serve this file, so the partner's page gets no photo: %s":                                                                          "le serveur ne sert pas ce fichier, donc la page du binôme ne reçoit aucune photo : %s",
	"the server at %s does not answer (%s): check the address, and that the server runs":                                                                    "le serveur à l'adresse %s ne répond pas (%s) : vérifiez l'adresse, et que le serveur tourne",
	"the answer has no Access-Control-Allow-Origin header, so the partner's page cannot read it: the server must send Access-Control-Allow-Origin: *":       "la réponse n'a pas d'en-tête Access-Control-Allow-Origin, donc la page du binôme ne peut pas la lire : le serveur doit envoyer Access-Control-Allow-Origin: *",
	"the answer lets only %s read it (Access-Control-Allow-Origin), so a page from elsewhere cannot: the server should send Access-Control-Allow-Origin: *": "la réponse ne se laisse lire que par %s (Access-Control-Allow-Origin), donc une page d'ailleurs ne le peut pas : le serveur devrait envoyer Access-Control-Allow-Origin: *",
	"the server at %s answered %s instead of the photos: check the address":                                                                                 "le serveur à l'adresse %s a répondu %s au lieu des photos : vérifiez l'adresse",
	"the answer of %s is not a JSON list of photos, [{...}, {...}]: it begins with %q":                                                                      "la réponse de %s n'est pas une liste de photos en JSON, [{...}, {...}] : elle commence par « %s »",
	"the answer of %s is not a JSON list of photos: item %s is not an object {...}":                                                                         "la réponse de %s n'est pas une liste de photos en JSON : l'élément %s n'est pas un objet {...}",
	"PHOTOS_DATA names %s, which does not exist: check the name, from the folder %s":                                                                        "PHOTOS_DATA donne %s, qui n'existe pas : vérifiez le nom, depuis le dossier %s",
	// Review, for the class's page.
	"the same on every photo":                              "la même sur chaque photo",
	"nearly the same as photo %s's, a letter or two apart": "presque la même que celle de la photo %s, à une lettre ou deux près",
	"the same as photo %s's":                               "la même que celle de la photo %s",
	"only repeats the title":                               "ne fait que répéter le titre",
	"missing":                                              "absent",
	"PHOTOS_URL and PHOTOS_DATA are both set: set only the one to grade": "PHOTOS_URL et PHOTOS_DATA sont donnés tous les deux : ne donnez que celui à noter",
}

func init() { lang.AddFrench(french) }
