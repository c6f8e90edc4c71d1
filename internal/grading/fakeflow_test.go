package grading

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"photoserver/internal/photo"
	"photoserver/internal/testkit"
)

// fakeGoWith is a fake.go whose fakePhoto has body.
func fakeGoWith(body string) string {
	return "package main\n\nimport (\n\t\"strconv\"\n\n\t\"github.com/go-faker/faker/v4\"\n)\n\nvar _ = strconv.Itoa\n\n" +
		"func fakePhoto(n int, seed int64) Photo {\n" + body + "\n}\n"
}

func TestATextMadeWithoutFakerInFakeGoEarnsNothingAtItsLine(t *testing.T) {
	fields := []string{"Title", "Description", "Keyword"}
	for _, tt := range []struct {
		name, body string
		want       []string // Field@line of fakePhoto's body (1 is its first line)
	}{
		{"every text from faker, as the project ships it", "\treturn Photo{\n\t\tURL: \"https://picsum.photos/seed/\" + strconv.FormatInt(seed, 10),\n\t\tTitle: faker.Sentence(),\n\t\tDescription: faker.Paragraph(),\n\t\tKeyword: faker.Word(),\n\t}", nil},
		{"from the seed and n alone", "\treturn Photo{\n\t\tTitle: strconv.FormatInt(seed, 10) + \"-\" + strconv.Itoa(n),\n\t\tDescription: faker.Paragraph(),\n\t\tKeyword: strconv.Itoa(n),\n\t}", []string{"Title@2", "Keyword@4"}},
		{"faker for half of the photos", "\tif n%2 == 0 {\n\t\treturn Photo{Title: faker.Sentence(), Description: faker.Paragraph(), Keyword: faker.Word()}\n\t}\n\treturn Photo{Title: \"Chat\", Description: \"Un chat noir.\", Keyword: faker.Word()}", []string{"Description@4", "Title@4"}},
		{"through variables and a helper of the file", "\tword := faker.Word()\n\tp := Photo{Title: strings.ToUpper(word)}\n\tp.Description = describe()\n\tp.Keyword = word + \"!\"\n\treturn p\n}\n\nfunc describe() string {\n\treturn faker.Sentence()", nil},
		{"a helper that is faker's on one path only", "\treturn Photo{Title: faker.Sentence(), Description: describe(n), Keyword: faker.Word()}\n}\n\nfunc describe(n int) string {\n\tif n > 3 {\n\t\treturn \"Une photo.\"\n\t}\n\treturn faker.Sentence()", []string{"Description@1"}},
		{"a variable changed by hand on some photos", "\tp := Photo{Title: faker.Sentence(), Description: faker.Paragraph(), Keyword: faker.Word()}\n\tif n%2 == 1 {\n\t\tp.Keyword = \"chat\"\n\t}\n\treturn p", []string{"Keyword@3"}},
		{"a variable declared without a value", "\tvar k string\n\tif n > 2 {\n\t\tk = faker.Word()\n\t}\n\treturn Photo{Title: faker.Sentence(), Description: faker.Paragraph(), Keyword: k}", []string{"Keyword@5"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			problems, found := fakerFlow([]byte(fakeGoWith(tt.body)), fields)
			if !found {
				t.Fatal("fakePhoto is not found")
			}
			var got []string
			for _, p := range problems {
				got = append(got, fmt.Sprintf("%s@%d", p.Field, p.Line-11)) // fakePhoto's body starts at line 12
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if _, found := fakerFlow([]byte("package main\n"), fields); found {
		t.Error("a file without fakePhoto is read as having one")
	}
}

func TestTheFakerObjectiveFollowsFakeGoAndEveryPhoto(t *testing.T) {
	seedOnly := fakeGoWith("\treturn Photo{\n\t\tTitle: strconv.FormatInt(seed, 10) + \"-\" + strconv.Itoa(n),\n\t\tDescription: faker.Paragraph(),\n\t\tKeyword: faker.Word(),\n\t}")
	for l, lang := range languages {
		g := gradeFaker(lang.P, &Source{schema: testkit.Schema(), fakes: madeUp, fakeGo: []byte(seedOnly)}).score(2)
		want := []string{"fake.go:13: the title field is not made by a faker function here (it comes from the seed, n or a text written by hand): fill it with faker, such as Title: faker.Sentence(),",
			"fake.go:13 : le champ title n'est pas fait par une fonction de faker ici (il vient de la graine, de n ou d'un texte écrit à la main) : remplissez-le avec faker, par exemple Title: faker.Sentence(),"}[l]
		if g.Earned != 0 || len(g.Problems) != 1 || g.Problems[0] != want {
			t.Errorf("%s: texts from the seed and n: %+v, want 0/2 and %q", lang.Name, g, want)
		}
	}
	// Half of the photos by hand, whatever fake.go says: the seed test sees it too.
	half := func(seed int64) ([]photo.Photo, error) {
		made, err := madeUp(seed)
		list := make([]Photo, len(made))
		for i := range made {
			list[i] = testkit.PhotoOf(made[i])
			if i%2 == 1 {
				list[i].Title = "Une photo"
			}
		}
		return testkit.Records(list), err
	}
	if g := gradeFaker(en, &Source{schema: testkit.Schema(), fakes: half}).score(2); g.Earned != 0 {
		t.Errorf("faker for half of the photos: %+v, want 0/2", g)
	}
	// The project's own fake.go earns 2/2.
	src, err := os.ReadFile(filepath.Join("..", "..", "fake.go"))
	if err != nil {
		t.Fatal(err)
	}
	if g := gradeFaker(en, &Source{schema: testkit.Schema(), fakes: madeUp, fakeGo: src}).score(2); g.Earned != 2 {
		t.Errorf("the project's fake.go: %+v, want 2/2", g)
	}
	if src, missing := readFakeGo(os.DevNull); src != nil || missing {
		t.Error("a device is read as fake.go, or said missing")
	}
	if src, missing := readFakeGo(filepath.Join(t.TempDir(), "none.go")); src != nil || !missing {
		t.Error("a missing fake.go is read, or not said missing")
	}
}

func TestAFakeGoThatCannotBeReadEarnsNothing(t *testing.T) {
	// fakePhoto's texts made by hand from a table, in a fake.go made too big to be read
	// (or a FIFO, a link): the flow to faker cannot be checked, so nothing is earned.
	big := filepath.Join(t.TempDir(), "fake.go")
	src := "package main\n\nfunc fakePhoto(n int, seed int64) Photo {\n\treturn Photo{}\n}\n" + strings.Repeat("// filler\n", maxFakeGo/10+1)
	if err := os.WriteFile(big, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	read, missing := readFakeGo(big)
	if read != nil || missing {
		t.Fatalf("a fake.go of %d bytes was read, or said missing", len(src))
	}
	for _, l := range testkit.Languages {
		g := gradeFaker(l.P, &Source{schema: testkit.Schema(), fakes: madeUp, fakeGoUnread: true}).score(2)
		if g.Earned != 0 || len(g.Problems) == 0 || !strings.Contains(g.Problems[0], "fake.go") {
			t.Errorf("%s: a fake.go that cannot be read: %+v, want 0/2 and a sentence about fake.go", l.Name, g)
		}
	}
}

func TestAFakerWordCutToNothingOrAFakePhotoElsewhereEarnsNothing(t *testing.T) {
	sliced := []byte("package main\n\nimport (\n\t\"math/rand\"\n\n\t\"github.com/go-faker/faker/v4\"\n)\n\nvar mots = []string{\"chat\", \"chien\"}\n\nfunc fakePhoto(n int, seed int64) Photo {\n\tr := rand.New(rand.NewSource(seed))\n\tw := mots[r.Intn(2)] + faker.Word()[:0]\n\treturn Photo{Title: w, Description: w, Keyword: w}\n}\n")
	if problems, found := fakerFlow(sliced, []string{"Title", "Description", "Keyword"}); !found || len(problems) == 0 {
		t.Errorf("texts of a hand-made list with faker.Word()[:0] beside them: %v, %v; want them said as not made by faker", problems, found)
	}
	if _, found := fakerFlow([]byte("package main\n"), []string{"Title"}); found {
		t.Errorf("a fake.go without fakePhoto (written in photos.go) is taken for one that has it")
	}
}
