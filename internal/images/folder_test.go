package images

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// openers are the ways openPicture may open a picture, each tested by the same tests:
// openChecked on any Go, and openInRoot where Go has os.Root (folder_root_test.go).
var openers = map[string]func(dir, name string) (*os.File, fs.FileInfo, error){
	"openChecked (any Go)": openChecked,
}

// withEachOpener runs test once with each of openers as openPicture.
func withEachOpener(t *testing.T, test func(t *testing.T)) {
	t.Helper()
	for name, open := range openers {
		t.Run(name, func(t *testing.T) {
			saved := openPicture
			openPicture = open
			t.Cleanup(func() { openPicture = saved })
			test(t)
		})
	}
}

// aFolder makes a folder of pictures with what must be served and what must not (a
// hidden file, a folder, links out and in), and a secret next to it; links says whether
// the system let the test make links.
func aFolder(t *testing.T) (f Folder, links bool) {
	t.Helper()
	dir := t.TempDir()
	pictures := filepath.Join(dir, "images")
	for _, sub := range []string{"sub", "album.jpg"} {
		if err := os.MkdirAll(filepath.Join(pictures, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, content := range map[string]string{
		"chat.jpg": "chat", "lac.png": "lac", "notes.txt": "pas une image", ".cache.jpg": "caché", "sub/deep.jpg": "profond",
		"../secret.jpg": "hors du dossier",
	} {
		if err := os.WriteFile(filepath.Join(pictures, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links = true
	for link, target := range map[string]string{
		"evil.jpg":   filepath.Join(dir, "secret.jpg"),  // leads out, by an absolute path
		"up.jpg":     filepath.Join("..", "secret.jpg"), // leads out, by a relative one
		"inside.jpg": "chat.jpg",                        // stays in the folder
		"subdir.jpg": "sub",                             // a folder of the folder
	} {
		if err := os.Symlink(target, filepath.Join(pictures, link)); err != nil {
			t.Logf("no links on this system (%v): the cases of links check nothing here", err)
			links = false
			break
		}
	}
	return Folder{Path: pictures}, links
}

func TestOnlyTheFoldersOwnPicturesAreOpened(t *testing.T) {
	withEachOpener(t, func(t *testing.T) {
		f, _ := aFolder(t)
		for name, want := range map[string]string{"chat.jpg": "chat", "lac.png": "lac"} {
			file, info, err := f.Open(name)
			if err != nil {
				t.Errorf("Open(%q): %v, want the picture", name, err)
				continue
			}
			got, err := io.ReadAll(file)
			file.Close()
			if err != nil || string(got) != want || !info.Mode().IsRegular() || info.Size() != int64(len(want)) {
				t.Errorf("Open(%q) read %q (%v), info %v, size %d; want %q, a regular file", name, got, err, info.Mode(), info.Size(), want)
			}
			if !f.Has(name) {
				t.Errorf("Has(%q) is false for a picture of the folder", name)
			}
		}
		secret := filepath.Join(filepath.Dir(f.Path), "secret.jpg")
		for _, name := range []string{
			"notes.txt", ".cache.jpg", "album.jpg", "sub", "nothing.jpg", // not a picture, hidden, a folder, none
			"evil.jpg", "up.jpg", "inside.jpg", "subdir.jpg", // links, out or in
			"../secret.jpg", `..\secret.jpg`, "..", secret, "sub/deep.jpg", `sub\deep.jpg`, "c:secret.jpg", "", // paths
		} {
			if file, _, err := f.Open(name); err == nil {
				got, _ := io.ReadAll(file)
				file.Close()
				t.Errorf("Open(%q) opened a file (%q): only the folder's own pictures may be", name, got)
			}
			if f.Has(name) {
				t.Errorf("Has(%q) is true: only the folder's own pictures are", name)
			}
		}
	})
}

func TestNamesListsWhatOpenOpens(t *testing.T) {
	withEachOpener(t, func(t *testing.T) {
		f, _ := aFolder(t)
		if got, want := f.Names(), []string{"chat.jpg", "lac.png"}; !slices.Equal(got, want) {
			t.Errorf("Names() = %q, want %q", got, want)
		}
		if got := (Folder{Path: filepath.Join(f.Path, "none")}).Names(); got != nil {
			t.Errorf("Names() of a folder that does not exist = %q, want none", got)
		}
		if _, _, err := (Folder{Path: filepath.Join(f.Path, "none")}).Open("chat.jpg"); err == nil {
			t.Error("Open in a folder that does not exist opened a file")
		}
	})
}

func TestALinkIsNeverFollowedEvenOneThatStaysInTheFolder(t *testing.T) {
	withEachOpener(t, func(t *testing.T) {
		f, links := aFolder(t)
		if !links {
			t.Skip("this system makes no links")
		}
		// Each link is seen as a link (never followed) before Open is even tried.
		for _, name := range []string{"evil.jpg", "up.jpg", "inside.jpg", "subdir.jpg"} {
			info, err := os.Lstat(filepath.Join(f.Path, name))
			if err != nil || info.Mode()&fs.ModeSymlink == 0 {
				t.Fatalf("the test's link %s is not a link: %v, %v", name, info, err)
			}
			if _, _, err := f.Open(name); err == nil {
				t.Errorf("Open(%q) followed a link", name)
			}
		}
	})
}

func TestAFileSwappedBetweenTheCheckAndTheOpenIsRefused(t *testing.T) {
	f, _ := aFolder(t)
	chat, lac := filepath.Join(f.Path, "chat.jpg"), filepath.Join(f.Path, "lac.png")
	// As if chat.jpg were replaced by a link to lac.png just after it was checked.
	file, _, err := openRegular(func() (fs.FileInfo, error) { return os.Lstat(chat) }, func() (*os.File, error) { return os.Open(lac) })
	if err == nil {
		file.Close()
		t.Error("a file other than the one checked was opened")
	}
	file, _, err = openRegular(func() (fs.FileInfo, error) { return os.Lstat(chat) }, func() (*os.File, error) { return os.Open(chat) })
	if err != nil {
		t.Errorf("the file checked, opened: %v", err)
	} else {
		file.Close()
	}
}
