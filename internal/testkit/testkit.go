// Package testkit holds what the engine's tests share: a Photo type written as the
// students' photos.go writes it (so that no test but the objectives depends on what a
// student's files hold today), lists of photos for the tests, and small helpers (a buffer
// the server and a test write at once, a wait with a deadline, an environment). Only
// tests import it; it is not in the students' zip.
package testkit

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-faker/faker/v4"
)

// Photo is written as the students' Photo is, in photos.go as handed out.
type Photo struct {
	ID          int    `json:"id"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Keyword     string `json:"keyword"`
}

// SamplePhotos is a small list with every case the queries care about.
var SamplePhotos = []Photo{
	{Title: "Chiot noir", URL: "https://example.org/1.jpg", Description: "Un chiot & son os <b>", Keyword: "chien"},
	{Title: "Carlin", URL: "https://example.org/2.jpg", Description: "Un carlin dans une couverture", Keyword: "Chien"},
	{Title: "Morses", URL: "https://example.org/3.jpg", Description: "Sur la banquise", Keyword: "animal"},
	{Title: "Fraises", URL: "https://example.org/4.jpg", Description: "Rouges et sucrées", Keyword: "fruit"},
}

// ManyPhotos is a list of n photos with every field filled, for tests that need many
// photos but not go-faker (whose fields a student may not have filled yet).
func ManyPhotos(n int) []Photo {
	words := []string{"chien", "chat", "mer", "montagne", "forêt", "ville", "fleur", "oiseau"}
	list := make([]Photo, n)
	for i := range list {
		w := words[i%len(words)]
		list[i] = Photo{
			URL:         fmt.Sprintf("https://picsum.photos/seed/%d/640/480", i+1),
			Title:       fmt.Sprintf("Photo %d : %s %s", i+1, strings.ToUpper(w[:1])+w[1:], words[(i*3)%len(words)]),
			Description: fmt.Sprintf("Une photo de %s, numéro %d, prise près d'une %s.", w, i+1, words[(i+5)%len(words)]),
			Keyword:     w,
		}
	}
	return list
}

// MadeUpPhoto makes a photo with go-faker as fake.go may, whatever fake.go holds today.
func MadeUpPhoto(n int, seed int64) Photo {
	return Photo{Title: faker.Sentence(), Description: faker.Paragraph(), Keyword: faker.Word(), URL: "https://e.org/" + faker.Word()}
}

// SyncBuffer is a bytes.Buffer that the server and the test can use at once.
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// WaitFor polls until cond holds, or fails the test after the deadline.
func WaitFor(t testing.TB, what string, within time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s did not happen within %v", what, within)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// EnvOf is a getenv that knows only the given NAME=value pairs.
func EnvOf(pairs ...string) func(string) string {
	return func(name string) string {
		for _, kv := range pairs {
			if k, v, _ := strings.Cut(kv, "="); k == name {
				return v
			}
		}
		return ""
	}
}
