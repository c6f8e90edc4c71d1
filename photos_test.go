package main

// The teacher's grading sheet: `go test` checks each objective of the exercise on what
// the server really sends and ends with the points, as on the exercise's fiche:
//
//	objective 1, a description for every photo   4 points
//	objective 2, a keyword for every photo        4 points
//	objective 3, photos made with Faker           2 points (secondary objective)
//
// A run grades one source of photos:
//
//	go test                                            the built-in list of photos.go, and fake.go
//	PHOTOS_DATA=photos.json go test                    a data file (-data): out of 8, Faker cannot be told
//	PHOTOS_URL=http://192.168.1.42:9000 go test        a server running on the network: out of 8
//
// Each problem is one line that names the photo and where to write what is missing.

import (
	"testing"

	"photoserver/internal/grading"
)

func TestObjective1_EveryPhotoHasADescription(t *testing.T) {
	grading.Objective(t, 1, photos, fakePhoto)
}

func TestObjective2_EveryPhotoHasAKeyword(t *testing.T) {
	grading.Objective(t, 2, photos, fakePhoto)
}

func TestObjective3_PhotosMadeWithFaker(t *testing.T) {
	grading.Objective(t, 3, photos, fakePhoto)
}
