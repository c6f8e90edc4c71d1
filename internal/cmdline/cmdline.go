// Package cmdline tells what the flag package found wrong in a command line from where
// it stopped reading it (fs.Args() is what it left, fs.Lookup what it knows), never from
// the words of its error, which no Go release promises: each program then says the
// mistake in a sentence of its own.
package cmdline

import (
	"flag"
	"strings"

	"photoserver/internal/lang"
)

// Kind is a kind of mistake.
type Kind int

const (
	Unknown    Kind = iota // none of the others (---name, -=value): only the flag package's words tell
	Undefined              // a flag that the flag set does not define
	NeedsValue             // a flag with no value after it
	OnOrOff                // a value given to a boolean flag (-offline=oui)
	BadValue               // a value that the flag refused (its Set failed)
)

// A Mistake is what fs.Parse stopped at.
type Mistake struct {
	Kind Kind
	Flag string // as written, without its first dash (but for Unknown)
	Near string // for Undefined: the defined flag one or two letters away, or ""
}

// Find tells the mistake that made fs.Parse(args) fail. The arguments it took are those
// fs.Args() no longer holds (all of args when fs has not parsed them), read as the flag
// package reads them (-name, --name, -name=value, a flag's value in the next argument),
// and the last flag among them is the one it stopped at.
func Find(fs *flag.FlagSet, args []string) Mistake {
	taken := args[:len(args)-len(fs.Args())]
	var last Mistake
	var f *flag.Flag
	hasValue := false
	for i := 0; i < len(taken); i++ {
		arg := taken[i]
		if len(arg) < 2 || arg[0] != '-' || arg == "--" {
			return Mistake{}
		}
		name, _, withValue := strings.Cut(strings.TrimPrefix(arg[1:], "-"), "=")
		if name == "" || name[0] == '-' || name[0] == '=' {
			return Mistake{}
		}
		last, f, hasValue = Mistake{Flag: name}, fs.Lookup(name), withValue
		if f == nil {
			var names []string
			fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
			return Mistake{Kind: Undefined, Flag: name, Near: lang.Nearest(name, names)}
		}
		if !withValue && !isBool(f) && i+1 < len(taken) {
			hasValue = true
			i++ // the flag's value
		}
	}
	switch {
	case f == nil:
		return Mistake{}
	case isBool(f):
		last.Kind = OnOrOff
	case !hasValue:
		last.Kind = NeedsValue
	default:
		last.Kind = BadValue
	}
	return last
}

// isBool reports whether f is a flag that needs no value (-offline).
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
