//go:build !windows

package lang

// systemLanguages is empty outside Windows: there the environment says the language.
func systemLanguages() []string { return nil }
