package words_test

import (
	"testing"

	"photoserver/internal/words"
)

func TestTheListsKnowWordsAndNotLettersTyped(t *testing.T) {
	for w, want := range map[string]bool{
		"chat": true, "the": true, "dort": true, "mangeaient": true, "oeufs": true, "eiffel": true, "plage": true, "cat": true,
		"sleeping": true, "un": true, "a": true, "os": true,
		"qsdkfj": false, "zeriu": false, "ab": false, "ad": false, "": false, "voluptatem": false, "chat\n": false,
	} {
		if got := words.Known(w); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"voluptatem": true, "ad": true, "a": true, "kaylee": true, "chat": false, "": false, "ad\nab": false} {
		if got := words.Faker(w); got != want {
			t.Errorf("Faker(%q) = %v, want %v", w, got, want)
		}
	}
	if n := words.Count(); n < 300000 {
		t.Errorf("the list holds %d words, want the 380,000 or so that gen.go writes", n)
	}
}

func BenchmarkKnown(b *testing.B) {
	b.ReportAllocs()
	words.Known("chat")
	for i := 0; i < b.N; i++ {
		words.Known("mangeaient")
	}
}
