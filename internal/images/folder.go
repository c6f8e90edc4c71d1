package images

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// The pair's own pictures: a folder next to photos.go (Dir) whose pictures the server
// serves at At + name (/images/chat.jpg), so that a photo may name one instead of an
// address of the web (URL: "chat.jpg"), when the school's filter blocks the web's
// pictures or when the pair wants its own.

// Dir is the folder of the pair's own pictures, next to photos.go.
const Dir = "images"

// types are the pictures served, by extension, with their Content-Type: what every
// browser shows in an <img>.
// It is the one table of picture types: the server sends each picture with its type.
var types = map[string]string{
	".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
	".webp": "image/webp", ".svg": SVGType,
}

// SVGType is the Content-Type of an SVG picture: a picture of the folder, or one drawn
// for a photo (Draw).
const SVGType = "image/svg+xml"

// TypeOf returns the Content-Type of a picture named name, and whether the name is a
// picture's at all (by its extension, in any case).
func TypeOf(name string) (string, bool) {
	t, ok := types[strings.ToLower(path.Ext(name))]
	return t, ok
}

// LocalName returns the name of the pair's picture that a photo's url names, when it
// names one: a file name alone (chat.jpg) or in the folder (images/chat.jpg), with a
// picture's extension; ok is false for an address or anything else.
func LocalName(url string) (name string, ok bool) {
	name = strings.TrimSpace(url)
	if rest, in := cutFolder(name); in {
		name = rest
	}
	if name == "" || strings.ContainsAny(name, `/\:`) || strings.HasPrefix(name, ".") {
		return "", false
	}
	_, ok = TypeOf(name)
	return name, ok
}

// cutFolder cuts Dir and a slash off the start of s, in any case: images/chat.jpg.
func cutFolder(s string) (string, bool) {
	if len(s) > len(Dir) && strings.EqualFold(s[:len(Dir)], Dir) && (s[len(Dir)] == '/' || s[len(Dir)] == '\\') {
		return s[len(Dir)+1:], true
	}
	return s, false
}

// Folder is the pair's folder of pictures. Nothing outside it is ever opened, whatever
// a name holds (.., an absolute path, a link): a name is one plain file name, and a link
// in the folder is not followed, even to a picture of the folder (Names does not list
// links either). With Go 1.24 and newer the folder is also read through an os.Root
// (folder_root.go); older Go checks the file before and after opening it (openChecked).
type Folder struct {
	Path string // the folder, as given: images
}

// Names lists the pictures of the folder, sorted; none when it does not exist.
func (f Folder) Names() []string {
	entries, err := os.ReadDir(f.Path)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if pictureName(e.Name()) && e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	return names
}

// Has reports whether the folder holds a picture named name.
func (f Folder) Has(name string) bool {
	file, _, err := f.Open(name)
	if err != nil {
		return false
	}
	file.Close()
	return true
}

// errNotAPicture is the error of a name that is not a picture of the folder.
var errNotAPicture = errors.New("not a picture of the folder")

// pictureName reports whether name may be a picture of the folder: one file name with a
// picture's extension, not hidden, with nothing that a system reads as a path (a slash,
// a backslash, a drive's colon, a name Windows keeps for a device).
func pictureName(name string) bool {
	_, ok := TypeOf(name)
	return ok && !strings.HasPrefix(name, ".") && !strings.ContainsAny(name, `/\:`) && filepath.IsLocal(name)
}

// Open opens the picture named name in the folder, with what it is; the error is
// fs.ErrNotExist-like for a name that is not a picture there (an other extension, a
// hidden file, a folder, a link, a name that leads outside).
func (f Folder) Open(name string) (*os.File, fs.FileInfo, error) {
	if !pictureName(name) {
		return nil, nil, errNotAPicture
	}
	return openPicture(f.Path, name)
}

// openChecked opens the regular file name of the folder dir without following a link,
// on any Go: name is one element (see pictureName), which must be a regular file before
// it is opened (os.Lstat, which does not follow a link), and the very same file once
// open (os.SameFile), so that a link put in its place in between is not followed either.
// O_NOFOLLOW would say it in one call, but Windows has none.
func openChecked(dir, name string) (*os.File, fs.FileInfo, error) {
	path := filepath.Join(dir, name)
	return openRegular(func() (fs.FileInfo, error) { return os.Lstat(path) }, func() (*os.File, error) { return os.Open(path) })
}

// openRegular opens a file with open once lstat, which must not follow a link, says it
// is a regular file, and returns it only if it is still that very file once open.
func openRegular(lstat func() (fs.FileInfo, error), open func() (*os.File, error)) (*os.File, fs.FileInfo, error) {
	before, err := lstat()
	if err != nil {
		return nil, nil, err
	}
	if !before.Mode().IsRegular() {
		return nil, nil, errNotAPicture
	}
	file, err := open()
	if err != nil {
		return nil, nil, err
	}
	info, err := file.Stat()
	if err != nil || !info.Mode().IsRegular() || !os.SameFile(before, info) {
		file.Close()
		return nil, nil, errNotAPicture
	}
	return file, info, nil
}
