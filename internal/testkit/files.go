package testkit

// The students' two files, for the tests that build a project in a folder of their own
// (the class grader's fixture folders, the server following its code): complete, and
// independent of the project's photos.go and fake.go of the day.

// PhotosGo is a photos.go where every photo has its description and keyword; its list
// ends the file.
const PhotosGo = `package main

// Photo is one photo sent to the frontend.
type Photo struct {
	ID          int    ` + "`json:\"id\"`" + `
	URL         string ` + "`json:\"url\"`" + `
	Title       string ` + "`json:\"title\"`" + `
	Description string ` + "`json:\"description\"`" + `
	Keyword     string ` + "`json:\"keyword\"`" + `
}

// photos is the built-in list.
var photos = []Photo{
	{Title: "Chiot noir", URL: "https://picsum.photos/id/237/640/480", Description: "Un chiot labrador noir sur un parquet.", Keyword: "chien"},
	{Title: "Carlin", URL: "https://picsum.photos/id/1025/640/480", Description: "Un carlin dans une couverture.", Keyword: "chien"},
	{Title: "Méduses", URL: "https://picsum.photos/id/1069/640/480", Description: "Des méduses orange dans un aquarium.", Keyword: "mer"},
}
`

// FakeGo is a fake.go that fills every field with faker, the picture's address made
// from the seed and the photo's number.
const FakeGo = `package main

import (
	"strconv"

	"github.com/go-faker/faker/v4"
)

// fakePhoto makes photo number n with go-faker.
func fakePhoto(n int, seed int64) Photo {
	return Photo{
		URL:         "https://picsum.photos/seed/" + strconv.FormatInt(seed, 10) + "-" + strconv.Itoa(n) + "/640/480",
		Title:       faker.Sentence(),
		Description: faker.Paragraph(),
		Keyword:     faker.Word(),
	}
}
`
