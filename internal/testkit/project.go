package testkit

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ProjectCopy copies the module at root (what go build reads: the root's .go files and
// go.mod, go.sum, internal/ without its tests, vendor/) into a new folder, with the
// students' files of the tests (PhotosGo and FakeGo), not the project's of the day: a
// change of photos.go or fake.go (a field, a helper below the list) must not break them.
func ProjectCopy(t *testing.T, root string) string {
	t.Helper()
	root, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		name := d.Name()
		if d.IsDir() {
			atRoot := !strings.Contains(rel, string(filepath.Separator))
			if rel != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "testkit" || atRoot && (name == "tools" || name == "examples" || name == "images")) {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		inFolder := strings.Contains(rel, string(filepath.Separator))
		if strings.HasSuffix(name, "_test.go") && inFolder || !d.Type().IsRegular() {
			return nil
		}
		if !inFolder && !strings.HasSuffix(name, ".go") && name != "go.mod" && name != "go.sum" {
			return nil
		}
		content, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), content, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"photos.go": PhotosGo, "fake.go": FakeGo} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
