//go:build !go1.24

package images

// openPicture opens the picture name of the folder dir: Go before 1.24 has no os.Root,
// so the file is checked before and after it is opened (see openChecked).
var openPicture = openChecked
