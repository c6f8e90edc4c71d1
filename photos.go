package main

// Photo is one photo sent to the frontend: the page shows the picture at URL
// with its title, its description and its keyword.
// (Une photo : la page du binôme montre l'image de URL, son titre, sa description
// et son mot-clé.)
type Photo struct {
	ID          int    `json:"id"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Keyword     string `json:"keyword"`
}

// photos is the built-in list, served when the server starts without -fake or -data.
// To add a photo, copy one line, change its texts and keep the comma at the end:
// the server numbers the photos itself (1, 2, 3, ...), so do not write an ID.
// (Pour ajouter une photo, copiez une ligne, changez ses textes et gardez la virgule
// à la fin ; n'écrivez pas d'ID : le serveur numérote les photos tout seul.)
var photos = []Photo{
	{Title: "Chiot noir", URL: "https://picsum.photos/id/237/640/480", Description: "Un chiot labrador noir regarde l'objectif, assis sur un parquet.", Keyword: "chien"},
	{Title: "Carlin sous la couverture", URL: "https://picsum.photos/id/1025/640/480", Description: "Un carlin emmitouflé dans une couverture, seule sa tête dépasse.", Keyword: "chien"},
	{Title: "Morses sur la banquise", URL: "https://picsum.photos/id/1084/640/480", Description: "Un groupe de morses se repose sur la glace, près de l'eau froide.", Keyword: "animal"},
	{Title: "Lionne au repos", URL: "https://picsum.photos/id/1074/640/480", Description: "Une lionne allongée dans les herbes sèches fixe le photographe.", Keyword: "animal"},
	{Title: "Faon dans les herbes", URL: "https://picsum.photos/id/1003/640/480", Description: "Un jeune cerf broute dans une prairie au bord de la forêt.", Keyword: "animal"},
	{Title: "Méduses", URL: "https://picsum.photos/id/1069/640/480", Description: "Des méduses orange flottent dans l'eau sombre d'un aquarium.", Keyword: "mer"},
	{Title: "Fraises", URL: "https://picsum.photos/id/1080/640/480", Description: "Des fraises bien rouges, fraîchement cueillies, serrées les unes contre les autres.", Keyword: "fruit"},
	{Title: "Café du matin", URL: "https://picsum.photos/id/1060/640/480", Description: "Un barista verse le café chaud d'une cafetière filtre.", Keyword: "boisson"},
	{Title: "Ordinateur sur le bureau", URL: "https://picsum.photos/id/0/640/480", Description: "Un ordinateur portable ouvert sur un bureau, prêt pour coder.", Keyword: "informatique"},
	{Title: "Canoë sur le lac", URL: "https://picsum.photos/id/1011/640/480", Description: "Une femme pagaie dans un canoë rouge sur un lac calme entouré de montagnes.", Keyword: "lac"},
	{Title: "La Terre vue de l'espace", URL: "https://picsum.photos/id/1002/640/480", Description: "Une photo de la NASA : la Terre et ses nuages vus depuis l'orbite.", Keyword: "espace"},
	{Title: "Rivière dans la vallée", URL: "https://picsum.photos/id/1015/640/480", Description: "Une rivière serpente au fond d'une vallée entre des montagnes rocheuses.", Keyword: "montagne"},
	{Title: "Canyon", URL: "https://picsum.photos/id/1016/640/480", Description: "Les falaises rouges d'un canyon sous un ciel clair.", Keyword: "montagne"},
	{Title: "Sommets et forêt", URL: "https://picsum.photos/id/1018/640/480", Description: "Des sommets enneigés dominent une forêt verte sous les nuages.", Keyword: "montagne"},
}
