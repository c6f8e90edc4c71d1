//go:build go1.24

package images

func init() {
	openers["openInRoot (os.Root, Go 1.24 and newer)"] = openInRoot
}
