// Command exercise writes the photo server as the teacher hands it out: a zip in
// which photos.go keeps every photo's title and url but no description or keyword,
// and fake.go fills only the title and url. Students add the rest; `go test` in the
// unzipped folder grades them, 0/10 as handed out, 10/10 once everything is filled.
//
// Run it from the project's root (make exercise does), or give the root with -root:
//
//	go run ./tools/exercise                       writes photo-server-exercise.zip here
//	go run ./tools/exercise -o exercise.zip       or another file
//
// The zip holds one folder, photo-server/, with what students need to build, run and
// grade the server without internet, and no test but the objectives':
//
//   - at the root: main.go, photos.go, fake.go and every other .go file that is not
//     a test, photos.go and fake.go transformed; of the tests, only photos_test.go
//     (the objectives) and sheet_test.go (it prints the grading sheet); go.mod,
//     go.sum, Makefile and README.md;
//   - the folders vendor/ (all of it: the room may have no internet) and examples/
//     (the partner's page), whole, and images/, the folder of the pair's own pictures
//     that the server serves: the project's when it has one, else an empty one;
//   - the folder internal/ (the server, which main.go calls, and the grading sheet)
//     without its tests: no *_test.go file, no testdata/ folder (the fuzz corpora),
//     and not internal/testkit, which only tests import. What is left builds.
//
// README.md is the students' README: the project's README.md up to the line
//
//	<!-- The exercise zip's README.md is this file up to here (tools/exercise). -->
//
// kept byte for byte, without that line and what follows it (the part for
// developers). Without that line, nothing is written: the program says it is missing.
//
// Anything else stays out: at the root, the other tests (*_test.go), dot files and
// folders (.git, .ci, .gitignore), tools/ (the teacher's, this program), testdata/,
// BENCHMARKS.md (the maintainers' figures), build outputs (photo-server, *.test,
// *.prof), zips and any other file or folder. Editor and system junk (.DS_Store,
// Thumbs.db, *~, *.swp, .idea...) stays out everywhere. The rule does not ask git, so
// it works on a downloaded copy too. Each file keeps its mode (executables stay
// executable) and its modification time.
//
// go test -tags integration ./tools/exercise/ makes the zip from this project, then
// builds, grades and serves it offline, as students would.
package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// top is the folder the zip's entries are under.
const top = "photo-server"

// stripped are the files students receive transformed, and the Photo fields taken
// out of them.
var stripped = map[string][]string{
	"photos.go": {"Description", "Keyword"},
	"fake.go":   {"Description", "Keyword"},
}

// readmeEnd is the line of the project's README.md where the students' README ends.
const readmeEnd = "<!-- The exercise zip's README.md is this file up to here (tools/exercise). -->"

// required are the files of the project's root without which the exercise cannot be
// made: the ones transformed, and the tests that grade.
var required = []string{"photos.go", "fake.go", "README.md", "photos_test.go", "sheet_test.go"}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "exercise:", err)
		os.Exit(1)
	}
}

// run is the whole program, so that the test can call it.
func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("exercise", flag.ContinueOnError)
	out := fl.String("o", "photo-server-exercise.zip", "the zip to write")
	root := fl.String("root", ".", "the project's folder, where go.mod is")
	if err := fl.Parse(args); errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return errors.New("see the flags above, then run again")
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: give the zip's name with -o", fl.Arg(0))
	}
	n, err := writeZip(*root, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %d files under %s/, photos.go and fake.go without descriptions and keywords\n", *out, n, top)
	return nil
}

// writeZip writes the exercise made from the project at root to the zip file out,
// through a temporary file so that a failed run leaves no half zip. It returns how
// many files the zip holds.
func writeZip(root, out string) (int, error) {
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return 0, fmt.Errorf("no go.mod in %s: run this from the photo server's folder, or give that folder with -root", root)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return 0, fmt.Errorf("cannot write next to %s (%v): choose another place with -o", out, err)
	}
	defer os.Remove(tmp.Name()) // after the rename, nothing is there any more
	defer tmp.Close()
	zw := zip.NewWriter(tmp)
	n, err := addProject(zw, root, out)
	if err != nil {
		return 0, err
	}
	err = zw.Close()
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp made it private
	}
	if err == nil {
		err = tmp.Close()
	}
	if err == nil {
		err = os.Rename(tmp.Name(), out)
	}
	if err != nil {
		return 0, fmt.Errorf("cannot write %s (%v): check the free space and that its folder is writable, then run again", out, err)
	}
	return n, nil
}

// addProject adds to zw, under top/, what included keeps of the project at root,
// leaving out the file out (the zip being written). It returns how many files it added.
func addProject(zw *zip.Writer, root, out string) (int, error) {
	outAbs, _ := filepath.Abs(out)
	files, seen := 0, map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("cannot read %s (%v): check its permissions, then run again", p, err)
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return addEntry(zw, p, top+"/", nil)
		}
		if abs, _ := filepath.Abs(p); abs == outAbs || !included(rel, d.IsDir()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return addEntry(zw, p, top+"/"+rel+"/", nil)
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s is a link or a special file: replace it with a plain copy of the file, then run again", p)
		}
		content, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("cannot read %s (%v): check its permissions, then run again", p, err)
		}
		seen[rel] = true
		if fields, ok := stripped[rel]; ok {
			if content, err = stripFields(rel, content, fields...); err != nil {
				return err
			}
		}
		if rel == "README.md" {
			if content, err = studentsReadme(p, content); err != nil {
				return err
			}
		}
		files++
		return addEntry(zw, p, top+"/"+rel, content)
	})
	if err != nil {
		return 0, err
	}
	if _, err := os.Stat(filepath.Join(root, picturesFolder)); errors.Is(err, fs.ErrNotExist) {
		h := &zip.FileHeader{Name: top + "/" + picturesFolder + "/", Modified: time.Now()}
		h.SetMode(fs.ModeDir | 0o755)
		if _, err := zw.CreateHeader(h); err != nil {
			return 0, fmt.Errorf("cannot write the zip (%v): check the free space, then run again", err)
		}
	}
	for _, name := range required {
		if !seen[name] {
			return 0, fmt.Errorf("there is no %s in %s: run this from the photo server's folder, or give that folder with -root", name, root)
		}
	}
	return files, nil
}

// addEntry adds the file or folder at p to zw as name, with its mode and time; a
// folder's name ends with a slash and it has no content.
func addEntry(zw *zip.Writer, p, name string, content []byte) error {
	info, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("cannot read %s (%v): check its permissions, then run again", p, err)
	}
	h, err := zip.FileInfoHeader(info)
	if err != nil {
		return fmt.Errorf("cannot put %s in a zip (%v): replace it with a plain file, then run again", p, err)
	}
	h.Name = name
	if !info.IsDir() {
		h.Method = zip.Deflate
	}
	w, err := zw.CreateHeader(h)
	if err != nil {
		return fmt.Errorf("cannot write the zip (%v): check the free space, then run again", err)
	}
	if _, err := w.Write(content); err != nil {
		return fmt.Errorf("cannot write the zip (%v): check the free space, then run again", err)
	}
	return nil
}

// studentsReadme is the students' README made from the project's README.md, read
// from p: its content up to the line readmeEnd, byte for byte, without that line and
// what follows it.
func studentsReadme(p string, content []byte) ([]byte, error) {
	for at := 0; at < len(content); {
		line, _, _ := bytes.Cut(content[at:], []byte("\n"))
		if strings.TrimRight(string(line), " \t\r") == readmeEnd {
			return content[:at], nil
		}
		at += len(line) + 1
	}
	return nil, fmt.Errorf("%s has no line %s, where the students' README ends: add it on a line of its own after their part, then run again", p, readmeEnd)
}

// rootFiles are the files of the project's root that students receive, besides the
// .go files.
var rootFiles = []string{"go.mod", "go.sum", "README.md", "Makefile"}

// rootTests are the only tests students receive, at the root: the objectives and the
// TestMain that prints the grading sheet.
var rootTests = []string{"photos_test.go", "sheet_test.go"}

// rootFolders are the folders of the project's root that students receive: vendor/
// and examples/ whole, internal/ without its tests.
var rootFolders = []string{"vendor", "examples", "internal", "images"}

// picturesFolder is the folder of the pair's own pictures, which the server serves: in
// the zip, empty unless the project has one with pictures in it.
const picturesFolder = "images"

// testOnly are the folders of internal/ that only tests import, left out with the tests.
var testOnly = []string{"internal/testkit"}

// included says whether the file or folder at rel (relative to the project's root,
// with slashes) goes in the zip: at the root, only the .go files that are not tests,
// rootTests, rootFiles and rootFolders; inside those folders, everything but junk,
// and in internal/ but its tests (*_test.go, testdata/ and testOnly).
func included(rel string, isDir bool) bool {
	name := path.Base(rel)
	if junk(name, isDir) {
		return false
	}
	if folder, _, inside := strings.Cut(rel, "/"); inside { // in one of rootFolders: the walk went in
		return folder != "internal" || !isTest(rel, isDir)
	}
	if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") { // Go ignores them too
		return false
	}
	if isDir {
		return slices.Contains(rootFolders, name)
	}
	if strings.HasSuffix(name, "_test.go") {
		return slices.Contains(rootTests, name)
	}
	return strings.HasSuffix(name, ".go") || slices.Contains(rootFiles, name)
}

// isTest says whether the file or folder at rel, in internal/, is there only for the
// tests: a *_test.go file, a testdata/ folder or what is in one, or one of testOnly.
func isTest(rel string, isDir bool) bool {
	if !isDir && strings.HasSuffix(rel, "_test.go") {
		return true
	}
	if slices.Contains(strings.Split(rel, "/"), "testdata") {
		return true
	}
	return slices.ContainsFunc(testOnly, func(dir string) bool {
		return rel == dir || strings.HasPrefix(rel, dir+"/")
	})
}

// junk says whether a name is an editor's or a system's, never the project's:
// .DS_Store, ._x (macOS), Thumbs.db, desktop.ini (Windows), x~, .x.swp, #x#, .#x
// (editors), .git, .idea, .vscode, __MACOSX.
func junk(name string, isDir bool) bool {
	if isDir {
		return slices.Contains([]string{".git", ".idea", ".vscode", "__MACOSX"}, name)
	}
	lower := strings.ToLower(name)
	return slices.Contains([]string{".ds_store", "thumbs.db", "desktop.ini"}, lower) ||
		strings.HasPrefix(name, "._") || strings.HasPrefix(name, ".#") ||
		strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swo") ||
		(len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"))
}
