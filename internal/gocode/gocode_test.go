package gocode

import (
	"path/filepath"
	"testing"
)

func TestAPanicAtTheStartIsFoundAtTheStudentsLine(t *testing.T) {
	dir := filepath.FromSlash("/home/eleve/photo-server")
	stderr := "the partner's line\npanic: runtime error: index out of range [14] with length 14\n\ngoroutine 1 [running]:\nmain.init()\n\t" +
		filepath.Join(dir, "internal", "x.go") + ":9 +0x1d\n\t" + filepath.Join(dir, "crash.go") + ":3 +0x1d\nexit status 2\n"
	where, first, panicked := panicOf(stderr, dir)
	if where != "crash.go:3" || first != "panic: runtime error: index out of range [14] with length 14" || !panicked {
		t.Errorf("panicOf = %q, %q; want crash.go:3 and the panic's first line", where, first)
	}
	where, first, panicked = panicOf("photos.go:12: two photos have the id 3: give each its own\n", dir)
	if where != "" || first != "photos.go:12: two photos have the id 3: give each its own" || panicked {
		t.Errorf("a program that said why it stops: panicOf = %q, %q; want no place and its last line", where, first)
	}
}
