package main

// The teacher's grading sheet: `go test` checks each objective of the exercise on what
// the server really sends and ends with the points, as on the exercise's fiche:
//
//	objective 1, a description for every photo   4 points
//	objective 2, a keyword for every photo        4 points
//	objective 3, photos made with Faker           2 points (secondary objective)
//
// A run grades one source of photos (see sheet_test.go):
//
//	go test                                            the built-in list of photos.go, and fake.go
//	PHOTOS_DATA=photos.json go test -run Objective     a data file (-data): out of 8, Faker cannot be told
//	PHOTOS_URL=http://192.168.1.42:9000 go test -run Objective   a server running on the network
//
// Each problem is one line that names the photo and where to write what is missing.

import "testing"

func TestObjective1_EveryPhotoHasADescription(t *testing.T) { gradeObjective(t, objectives[0]) }

func TestObjective2_EveryPhotoHasAKeyword(t *testing.T) { gradeObjective(t, objectives[1]) }

func TestObjective3_PhotosMadeWithFaker(t *testing.T) { gradeObjective(t, objectives[2]) }
