// Package testkit holds what the engine's tests share: a Photo type written as the
// students' photos.go writes it (so that no test but the objectives depends on what a
// student's files hold today), lists of photos for the tests, and small helpers (a buffer
// the server and a test write at once, a wait with a deadline, an environment). Only
// tests import it; it is not in the students' zip.
package testkit

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-faker/faker/v4"
	"golang.org/x/text/message"

	"photoserver/internal/lang"
	"photoserver/internal/photo"
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
	{Title: "Chiot noir", URL: "https://example.org/1.jpg", Description: "Un chiot & son os, 3 < 4", Keyword: "chien"},
	{Title: "Carlin", URL: "https://example.org/2.jpg", Description: "Un carlin dans une couverture", Keyword: "Chien"},
	{Title: "Morses", URL: "https://example.org/3.jpg", Description: "Sur la banquise", Keyword: "animal"},
	{Title: "Fraises", URL: "https://example.org/4.jpg", Description: "Rouges et sucrées", Keyword: "fruit"},
}

// ClassPhotos are the 14 photos of photos.go as the project ships them, for the
// benchmarks that measure the built-in list.
var ClassPhotos = []Photo{
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
			Description: fmt.Sprintf("Une photo de %s prise près d'une %s, avec %s.", w, words[(i+5)%len(words)], spelled(i+1)),
			Keyword:     w,
		}
	}
	return list
}

// spelled writes n with a word for each digit, words a few letters apart from each
// other, so that no two photos of ManyPhotos have nearly the same description.
func spelled(n int) string {
	digits := []string{"zèbre", "lune", "arbre", "pomme", "vélo", "train", "sable", "nuage", "fleuve", "orage"}
	var out []string
	for _, d := range strconv.Itoa(n) {
		out = append(out, digits[d-'0'])
	}
	return strings.Join(out, " ")
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

// WaitFor polls cond every few milliseconds until it holds, or fails the test once
// within has passed.
func WaitFor(t testing.TB, what string, within time.Duration, cond func() bool) {
	t.Helper()
	if !Eventually(within, 5*time.Millisecond, cond) {
		t.Fatalf("%s did not happen within %v", what, within)
	}
}

// Eventually reports whether cond holds within the given time: it looks at once, then
// every after each look, and a last time once within has passed. It is the one poll
// loop of the tests: a test that waits for something calls it (or WaitFor) with the
// longest the thing may take, and says itself what did not happen. A look that takes
// time (a question to a browser) delays the next, so that slow looks do not pile up.
func Eventually(within, every time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(within)
	defer deadline.Stop()
	for !cond() {
		select {
		case <-deadline.C:
			return cond()
		case <-time.After(every):
		}
	}
	return true
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

// Schema is the schema of Photo, as the engine reads the students' type: the type
// rebuilt from what their program prints (see photo.CodeOf), which its records hold.
func Schema() *photo.Schema { return Code(nil, nil).Schema }

// Records are list as the engine holds it: each photo a record of its own.
func Records(list []Photo) []photo.Photo {
	code, _ := photo.CodeOf(list, nil) // Photo always reads
	return code.List()
}

// Code is the students' code made of list and fake (which may be nil).
func Code(list []Photo, fake func(n int, seed int64) Photo) photo.Code {
	code, _ := photo.CodeOf(list, fake) // Photo always reads
	return code
}

// PhotoOf is the value of record ph as a Photo: the record holds a value of the type
// rebuilt from what the students' program prints, which has Photo's fields and tags.
func PhotoOf(ph photo.Photo) Photo {
	return reflect.ValueOf(ph.Value()).Elem().Convert(reflect.TypeOf(Photo{})).Interface().(Photo)
}

// PerPhoto is a maker of photos (photo.Faker) that calls f for each photo, in this
// goroutine, for tests that decide what each photo is.
func PerPhoto(f func(n int, seed int64) photo.Photo) photo.Faker {
	return func(ctx context.Context, n int, seed int64, each func(photo.Photo) error) error {
		for i := 1; i <= n; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := each(f(i, seed)); err != nil {
				return err
			}
		}
		return nil
	}
}

// MadeUp is MadeUpPhoto as the engine's maker of made-up photos (catalog.Fake's).
func MadeUp(ctx context.Context, n int, seed int64, each func(photo.Photo) error) error {
	return Code(nil, MadeUpPhoto).Fake(ctx, n, seed, each)
}

// Language is one of the two languages a test checks what a person reads in: its
// name, its printer, and an environment that chooses it.
type Language struct {
	Name string
	P    *message.Printer
	Env  func(string) string
}

// Languages are the two languages, English first.
var Languages = []Language{
	{"in English", lang.English, EnvOf("LANG=en_US.UTF-8")},
	{"en français", lang.French, EnvOf("LANG=fr_FR.UTF-8")},
}

// SaveInPlace writes the file over itself, as most editors do.
func SaveInPlace(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// SaveByRename writes a new file and renames it over the old one, as some editors do.
func SaveByRename(t testing.TB, path, content string) {
	t.Helper()
	tmp := path + ".swp"
	if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// Context returns a context cancelled when the test ends, as t.Context does from Go
// 1.24 on (the project builds with Go 1.22): what a test starts in the background with
// it stops with the test.
func Context(tb testing.TB) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	return ctx
}
