package main

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// target is one pair to grade: a folder, or the address of a running server.
type target struct {
	name    string // the row's name: the part of the path that differs between pairs, or the address
	folder  string // the folder given, from the root of the disk; "" for an address
	address string // the address given; "" for a folder
}

// resolve reads the arguments: each is a folder (any folder above a pair's photos.go)
// or an address (192.168.1.42:9000, http://...). A path given twice is graded once.
// What is neither is a mistake in the command line.
func resolve(args []string) ([]target, error) {
	var targets []target
	seen := map[string]bool{}
	for _, arg := range args {
		t, err := targetOf(arg)
		if err != nil {
			return nil, err
		}
		key := t.folder + t.address
		if !seen[key] {
			seen[key] = true
			targets = append(targets, t)
		}
	}
	names(targets)
	return targets, nil
}

// targetOf reads one argument.
func targetOf(arg string) (target, error) {
	if info, err := os.Stat(arg); err == nil {
		folder := arg
		if !info.IsDir() { // photos.go itself, or another file of the pair's: its folder
			folder = filepath.Dir(arg)
		}
		abs, err := filepath.Abs(folder)
		if err != nil {
			abs = filepath.Clean(folder)
		}
		return target{folder: abs}, nil
	}
	if isAddress(arg) {
		return target{address: arg, name: strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(arg, "http://"), "https://"), "/")}, nil
	}
	if strings.ContainsAny(arg, "*?[") {
		return target{}, usageError{kind: noMatch, text: arg}
	}
	return target{}, usageError{kind: notATarget, text: arg}
}

// isAddress reports whether arg names a server: http:// or https://, or a host and a
// port, as a banner gives it (192.168.1.42:9000, localhost:9000).
func isAddress(arg string) bool {
	if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
		return true
	}
	host, port, err := net.SplitHostPort(strings.TrimSuffix(arg, "/"))
	if err != nil || host == "" || strings.ContainsAny(host, `/\`) {
		return false
	}
	n, err := strconv.Atoi(port)
	return err == nil && n > 0 && n < 65536
}

// names gives each folder its row's name: the part of its path that differs from the
// other folders', nom_prenom in /home/premiere/Eleves/nom_prenom/seances/18_10_21. A
// folder alone, or one whose path is all shared, is named by its last element.
func names(targets []target) {
	var paths [][]string
	for _, t := range targets {
		if t.folder != "" {
			paths = append(paths, split(t.folder))
		}
	}
	prefix, suffix := 0, 0
	if len(paths) > 1 {
		shortest := slices.MinFunc(paths, func(a, b []string) int { return len(a) - len(b) })
		for prefix < len(shortest) && allEqual(paths, func(p []string) string { return p[prefix] }) {
			prefix++
		}
		for suffix < len(shortest)-prefix && allEqual(paths, func(p []string) string { return p[len(p)-1-suffix] }) {
			suffix++
		}
	}
	i := 0
	for k := range targets {
		if targets[k].folder == "" {
			continue
		}
		parts := paths[i]
		i++
		if rest := parts[prefix : len(parts)-suffix]; len(paths) > 1 && len(rest) > 0 {
			targets[k].name = strings.Join(rest, "/")
		} else {
			targets[k].name = filepath.Base(targets[k].folder)
		}
	}
}

// split is a path's elements.
func split(path string) []string {
	return strings.FieldsFunc(filepath.ToSlash(path), func(r rune) bool { return r == '/' })
}

// allEqual reports whether part gives the same element for every path.
func allEqual(paths [][]string, part func([]string) string) bool {
	for _, p := range paths[1:] {
		if part(p) != part(paths[0]) {
			return false
		}
	}
	return true
}

// hasFolders reports whether some target is a folder, which needs the teacher's project.
func hasFolders(targets []target) bool {
	return slices.ContainsFunc(targets, func(t target) bool { return t.folder != "" })
}

// skipped are folders where a pair's project never is: Go's and the editors' own.
var skipped = []string{"vendor", "internal", "node_modules", "__MACOSX", "testdata"}

// maxVisited bounds the search below a folder: a whole home folder given by mistake is
// not read to the end.
const maxVisited = 50000

// found is a pair's project found below a folder: the folder of its photos.go.
type found struct {
	dir     string
	modTime time.Time // the latest of photos.go's and fake.go's
	module  bool      // a go.mod beside photos.go: a project that go run . runs
}

// findProjects finds the folders below folder (itself included) that hold a photos.go,
// the most recently modified first. A project is a folder with go.mod and photos.go:
// when there is one, a photos.go alone in a folder (a backup, sauvegarde/photos.go) is
// not one; only when no folder has a go.mod are such photos.go taken. It does not go
// into vendor/, internal/, hidden folders, or links. A photos.go that is not a regular
// file is found all the same, so that its row says what it is.
func findProjects(folder string) []found {
	var projects []found
	visited := 0
	errStop := errors.New("enough")
	_ = filepath.WalkDir(folder, func(path string, d fs.DirEntry, err error) error {
		visited++
		switch {
		case visited > maxVisited:
			return errStop
		case err != nil:
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.IsDir() && path != folder && (strings.HasPrefix(d.Name(), ".") || slices.Contains(skipped, d.Name())):
			return filepath.SkipDir
		case d.IsDir() || d.Name() != "photos.go":
			return nil
		}
		dir := filepath.Dir(path)
		_, err = os.Lstat(filepath.Join(dir, "go.mod"))
		f := found{dir: dir, module: err == nil}
		for _, name := range []string{"photos.go", "fake.go"} {
			if info, err := os.Lstat(filepath.Join(dir, name)); err == nil && info.ModTime().After(f.modTime) {
				f.modTime = info.ModTime()
			}
		}
		projects = append(projects, f)
		return nil
	})
	if slices.ContainsFunc(projects, func(f found) bool { return f.module }) {
		projects = slices.DeleteFunc(projects, func(f found) bool { return !f.module })
	}
	slices.SortStableFunc(projects, func(a, b found) int { return b.modTime.Compare(a.modTime) })
	return projects
}

// sortKey is a name as the table sorts it: small letters, without accents, so that
// Émilie comes among the e's and not after z.
func sortKey(name string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), name)
	if err != nil {
		out = name
	}
	return strings.ToLower(out)
}
