//go:build !windows

package main

// systemLanguages is empty outside Windows: there the environment says the language.
func systemLanguages() []string { return nil }
