package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzIndentJSONIsJSONIndent checks the one-pass indenter against encoding/json's own,
// on any JSON value (compacted first, as encoding/json writes it).
func FuzzIndentJSONIsJSONIndent(f *testing.F) {
	for _, seed := range []string{
		`{"id":1,"url":"https://e.org/1","title":"Chiot \"noir\"","description":"a\\nb, c: d {e} [f]","keyword":"é"}`,
		`[]`, `{}`, `[{},[],{"a":[1,2,{"b":null}]}]`, `"x"`, `12.5`, `{"a":"\\\\"}`, `{"tags":[],"n":{}}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(s)) != nil {
			return // not JSON
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "  ", "  "); err != nil {
			t.Fatal(err)
		}
		if got := indentJSON(nil, compact.Bytes(), "  "); string(got) != want.String() {
			t.Errorf("indentJSON(%s):\n%s\nwant:\n%s", compact.Bytes(), got, want.String())
		}
	})
}

// TestAFieldAddedToPhotoIsSent: a student may add a field to Photo; the list must
// carry it like encoding/json would, nested values included.
func TestTheListIsEncodedLikeEncodingJSON(t *testing.T) {
	for _, list := range [][]Photo{photos, fakeList(20, 5), {{Title: "\x01 \u2028 <&> \"q\" \\ é", Description: "\t\n"}}} {
		ps, _ := numberPhotos(list)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		_ = enc.Encode(ps)
		if got := encode(ps).plain.body; string(got) != want.String() {
			t.Errorf("the list is not what encoding/json writes:\n%s\nwant:\n%s", got, want.String())
		}
	}
}
