package cmdline

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestAMistakeIsFoundWhereTheFlagPackageStoppedWhateverItsWords(t *testing.T) {
	newFlags := func() *flag.FlagSet {
		fs := flag.NewFlagSet("photo-server", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Int("fake", 0, "")
		fs.Bool("offline", false, "")
		fs.String("data", "", "")
		return fs
	}
	tests := []struct {
		args string
		want Mistake
	}{
		{"-fak 5", Mistake{Undefined, "fak", "fake"}},
		{"--ofline", Mistake{Undefined, "ofline", "offline"}},
		{"-fake 3 -nope", Mistake{Undefined, "nope", ""}},
		{"--fake=3 --nope=1", Mistake{Undefined, "nope", ""}},
		{"-offline -x", Mistake{Undefined, "x", ""}},
		{"-fake x", Mistake{BadValue, "fake", ""}},
		{"-fake=x", Mistake{BadValue, "fake", ""}},
		{"-fake -nope", Mistake{BadValue, "fake", ""}}, // a flag's value may look like a flag
		{"-offline -data", Mistake{NeedsValue, "data", ""}},
		{"-offline=oui", Mistake{OnOrOff, "offline", ""}},
		{"---fake", Mistake{}},
		{"-=3", Mistake{}},
	}
	for _, tt := range tests {
		args := strings.Fields(tt.args)
		parsed := newFlags()
		if parsed.Parse(args) == nil {
			t.Fatalf("the flag package takes %s", tt.args)
		}
		// Parsed or not (all of args then), the same mistake.
		for _, fs := range []*flag.FlagSet{parsed, newFlags()} {
			if got := Find(fs, args); got != tt.want {
				t.Errorf("Find(%s) = %+v, want %+v", tt.args, got, tt.want)
			}
		}
	}
	// Parsed, only what the flag package took counts: what follows is not read.
	fs := newFlags()
	args := []string{"-fake", "x", "-nope"}
	_ = fs.Parse(args)
	if got := Find(fs, args); got.Kind != BadValue || got.Flag != "fake" {
		t.Errorf("Find(-fake x -nope) after Parse = %+v, want the bad value of -fake, where Parse stopped", got)
	}
}
