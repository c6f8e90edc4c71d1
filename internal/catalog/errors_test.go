package catalog

import (
	"errors"
	"testing"

	"photoserver/internal/testkit"
)

func TestEveryQueryMistakeIsAValueWithItsCodeAndFacts(t *testing.T) {
	for _, tt := range []struct {
		raw          string
		code         QueryCode
		param, value string
		fr           string
	}{
		{"%zz", Malformed, "", "", ""},
		{"limit=1&limit=2", GivenTwice, "limit", "", "limit est donné plusieurs fois : donnez-le une seule fois"},
		{"keywrd=chien", UnknownParam, "keywrd", "", ""},
		{"limit=-1", NotWhole, "limit", "-1", ""},
		{"limit=1&_limit=2", SameMeaning, "limit", "", ""},
		{"_page=1&_per_page=2&_limit=3", PagingMixed, "_per_page", "", ""},
		{"_page=1&_limit=0", ZeroPerPage, "_limit", "0", ""},
		{"title_like=(", BadPattern, "title_like", "(", ""},
		{"_sort=titel", NoField, "_sort", "", ""},
		{"titel:eq=a", NoField, "titel:eq", "", ""},
		{"title:equals=a", UnknownOperator, "title:equals", "", ""},
		{"id:gt=abc", NotNumber, "id:gt", "abc", ""},
		{"_order=desc", OrderWithoutSort, "_order", "desc", ""},
		{"_sort=-", DashAlone, "_sort", "-", ""},
		{"_sort=-title&_order=asc", OrderAndDash, "_order", "-title", ""},
		{"_sort=title&_order=asc,desc", TooManyOrders, "_order", "asc,desc", ""},
		{"_sort=title&_order=up", BadOrder, "_order", "up", "_order doit être asc ou desc, pas « up »"},
	} {
		_, err := ParseQuery(testkit.Schema(), tt.raw)
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Code != tt.code || qe.Param != tt.param || qe.Value != tt.value {
			t.Errorf("ParseQuery(%q) = %#v, want code %d, parameter %q, value %q", tt.raw, err, tt.code, tt.param, tt.value)
			continue
		}
		if qe.Error() != qe.Say(en) || qe.Say(languages[1].P) == qe.Say(en) {
			t.Errorf("ParseQuery(%q): Error() is %q; in French %q: want English and French sentences", tt.raw, qe.Error(), qe.Say(languages[1].P))
		}
		if tt.fr != "" && qe.Say(languages[1].P) != tt.fr {
			t.Errorf("ParseQuery(%q) says in French %q, want %q", tt.raw, qe.Say(languages[1].P), tt.fr)
		}
	}
}
