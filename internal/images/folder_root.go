//go:build go1.24

package images

import (
	"io/fs"
	"os"
)

// openPicture opens the picture name of the folder dir through an os.Root (Go 1.24),
// which never leaves dir, whatever happens to the folder meanwhile, and without following
// a link (see openRegular).
var openPicture = openInRoot

// openInRoot opens the regular file name of the folder dir through an os.Root, without
// following a link, even one that stays in the folder: the same rule as openChecked.
func openInRoot(dir, name string) (*os.File, fs.FileInfo, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	return openRegular(func() (fs.FileInfo, error) { return root.Lstat(name) }, func() (*os.File, error) { return root.Open(name) })
}
