package main

import (
	"strings"
	"testing"
)

func TestStripFieldsRemovesTheDescriptionAndKeywordOfEveryPhotoAndNothingElse(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "one photo a line, as in photos.go",
			src: `package main

// Photo keeps all its fields.
type Photo struct {
	Title       string
	Description string
	Keyword     string
}

// photos is the list.
var photos = []Photo{
	{Title: "A", URL: "a", Description: "d, with a comma", Keyword: "k"}, // the first
	{Description: "d", Title: "B", Keyword: "k", URL: "b"},
	{Keyword: "k", Description: "d"},
	{Title: "C"},
	Photo{Title: "D", Keyword: "k"},
}

var other = &Photo{Keyword: "k", Title: "E"}

var notAPhoto = Other{Description: "kept"}
`,
			want: `package main

// Photo keeps all its fields.
type Photo struct {
	Title       string
	Description string
	Keyword     string
}

// photos is the list.
var photos = []Photo{
	{Title: "A", URL: "a"}, // the first
	{Title: "B", URL: "b"},
	{},
	{Title: "C"},
	Photo{Title: "D"},
}

var other = &Photo{Title: "E"}

var notAPhoto = Other{Description: "kept"}
`,
		},
		{
			name: "a field a line, as in fake.go, with an import only they used",
			src: `package main

import (
	"strconv"

	"example.org/lorem/v2"
	"example.org/words"
)

// fakePhoto makes a photo.
func fakePhoto(n int) Photo {
	return Photo{
		URL:         "u" + strconv.Itoa(n),
		Title:       words.Sentence(),
		Description: lorem.Paragraph(), // a paragraph
		Keyword:     words.Word(),
	}
}
`,
			want: `package main

import (
	"strconv"

	"example.org/words"
)

// fakePhoto makes a photo.
func fakePhoto(n int) Photo {
	return Photo{
		URL:   "u" + strconv.Itoa(n),
		Title: words.Sentence(),
	}
}
`,
		},
		{
			name: "an import declaration of its own that only they used",
			src: `package main

import "example.org/lorem"

import "strconv"

func fakePhoto(n int) Photo {
	return Photo{URL: strconv.Itoa(n), Description: lorem.Paragraph()}
}
`,
			want: `package main

import "strconv"

func fakePhoto(n int) Photo {
	return Photo{URL: strconv.Itoa(n)}
}
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := stripFields("photos.go", []byte(tt.src), "Description", "Keyword")
			if err != nil {
				t.Fatalf("stripFields failed: %v", err)
			}
			if string(got) != tt.want {
				t.Errorf("stripFields gives\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestStripFieldsSaysWhatToDoWithAFileThatDoesNotParse(t *testing.T) {
	_, err := stripFields("photos.go", []byte("package main\n\nvar photos = []Photo{\n"), "Description")
	if err == nil || !strings.Contains(err.Error(), "photos.go does not parse") || !strings.Contains(err.Error(), "go build") {
		t.Errorf("stripFields on a broken file gives %v, want an error that names the file and says to make go build pass", err)
	}
}
