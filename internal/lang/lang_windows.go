package lang

import (
	"syscall"
	"unsafe"
)

// systemLanguages returns the user's display languages on Windows, most preferred first,
// as names such as fr-FR: where LANG and its kin are not set, they choose the language.
func systemLanguages() []string {
	proc := syscall.NewLazyDLL("kernel32.dll").NewProc("GetUserPreferredUILanguages")
	if proc.Find() != nil {
		return nil
	}
	const muiLanguageName = 0x8
	var count, size uint32
	if r, _, _ := proc.Call(muiLanguageName, uintptr(unsafe.Pointer(&count)), 0, uintptr(unsafe.Pointer(&size))); r == 0 || size == 0 {
		return nil
	}
	buf := make([]uint16, size)
	if r, _, _ := proc.Call(muiLanguageName, uintptr(unsafe.Pointer(&count)), uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&size))); r == 0 {
		return nil
	}
	var names []string
	start := 0
	for i, c := range buf {
		if c != 0 {
			continue
		}
		if i > start {
			names = append(names, syscall.UTF16ToString(buf[start:i]))
		}
		start = i + 1
	}
	return names
}
