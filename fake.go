package main

import (
	"strconv"

	"github.com/go-faker/faker/v4"
)

// fakePhoto makes photo number n with go-faker. A photo needs a url, a title, a
// description and a keyword: go-faker invents each text (faker.Sentence for a
// sentence, faker.Paragraph for a paragraph, faker.Word for a word). seed is in the
// picture's address, so that the same seed gives the same pictures too.
// (fakePhoto invente la photo numéro n : chaque texte vient de faker, faker.Sentence
// pour une phrase, faker.Paragraph pour un paragraphe, faker.Word pour un mot.)
func fakePhoto(n int, seed int64) Photo {
	return Photo{
		URL:         "https://picsum.photos/seed/" + strconv.FormatInt(seed, 10) + "-" + strconv.Itoa(n) + "/640/480",
		Title:       faker.Sentence(),
		Description: faker.Paragraph(),
		Keyword:     faker.Word(),
	}
}
