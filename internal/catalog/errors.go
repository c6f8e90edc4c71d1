package catalog

import (
	"strconv"
	"strings"

	"golang.org/x/text/message"

	"photoserver/internal/lang"
)

// QueryCode says what is wrong in a query (see QueryError).
type QueryCode int

// The mistakes a query can hold.
const (
	Malformed        QueryCode = iota + 1 // the query string cannot be read at all
	GivenTwice                            // Param given several times with other values
	UnknownParam                          // Param is no parameter; Near is what it must mean
	NotWhole                              // Param's Value is not a whole number of at least Least
	SameMeaning                           // Param and Other mean the same
	PagingMixed                           // Other is a paging of 0.17 beside json-server 1's _per_page
	ZeroPerPage                           // _page with _limit=0
	BadPattern                            // Param's Value is no regular expression
	NoField                               // Param names Field, which no photo has; Near or Fields
	UnknownOperator                       // Param's operator Op is none of json-server's; Near
	NotNumber                             // Param compares the number Field with Value, not a number
	NotBool                               // Param compares the true/false Field with Value
	OrderWithoutSort                      // _order without _sort; Value is _order's
	DashAlone                             // _sort=- with no field; Field is an example
	OrderAndDash                          // _order beside a - in _sort (Value); Field is the first dashed
	TooManyOrders                         // _order has more values than _sort has fields
	BadOrder                              // a value of _order (Value) is neither asc nor desc
)

// QueryError is a mistake in a request's query: what is wrong (Code) and the facts that
// say it (the parameter, the value at fault, what it is near). It becomes one sentence,
// in the reader's language, only where it is sent (Say).
type QueryError struct {
	Code   QueryCode
	Param  string   // the parameter at fault, as written: keyword, id:gt, _sort
	Value  string   // its value at fault
	Other  string   // the other parameter, for SameMeaning and PagingMixed
	Field  string   // the field of a photo it names, or an example of one
	Op     string   // the operator after the colon, for UnknownOperator
	Near   string   // what the name must mean, when it is a typing mistake of one; "" else
	Fields []string // every field of a photo, for NoField without Near
	Least  int      // the least number NotWhole accepts
	Err    error    // net/url's error, for Malformed
}

func (e *QueryError) Error() string { return e.Say(lang.English) }

func (e *QueryError) Unwrap() error { return e.Err }

// Say is the mistake as one sentence that says what to write instead.
func (e *QueryError) Say(p *message.Printer) string {
	switch e.Code {
	case Malformed:
		return p.Sprintf("the query string is malformed (%v): write it as /photos?keyword=chien&limit=10", e.Err)
	case GivenTwice:
		return p.Sprintf("%s is given several times: give it once", e.Param)
	case UnknownParam:
		return p.Sprintf("there is no parameter %q: did you mean %s?", e.Param, e.Near)
	case NotWhole:
		return p.Sprintf("%s must be a whole number, %s or more, such as %s=%s, not %s", e.Param, strconv.Itoa(e.Least), e.Param, strconv.Itoa(max(e.Least, 10)), e.Value)
	case SameMeaning:
		return p.Sprintf("%s and %s mean the same: keep only one of them", e.Param, e.Other)
	case PagingMixed:
		return p.Sprintf("%s and %s are two ways of paging that do not mix: keep only one of them", e.Other, e.Param)
	case ZeroPerPage:
		return p.Sprintf("with _page, _limit is the number of photos per page: 1 or more, such as _limit=10")
	case BadPattern:
		return p.Sprintf("%s: %q is not a pattern this server understands: write letters to find, such as %s=chat", e.Param, e.Value, e.Param)
	case NoField:
		hint := p.Sprintf("the fields are %s", strings.Join(e.Fields, ", "))
		if e.Near != "" {
			hint = p.Sprintf("did you mean %s?", e.Near)
		}
		return p.Sprintf("%s: a photo has no field %q: %s", e.Param, e.Field, hint)
	case UnknownOperator:
		hint := p.Sprintf("write one of %s after the colon", strings.Join(whereOps, ", "))
		if e.Near != "" {
			hint = p.Sprintf("did you mean %s?", e.Field+":"+e.Near)
		}
		return p.Sprintf("%s: %q is not an operator of json-server: %s", e.Param, e.Op, hint)
	case NotNumber:
		example := "5"
		if strings.HasSuffix(e.Param, ":in") {
			example = "1,2,3"
		}
		return p.Sprintf("%s compares numbers, as %s is a number: write one, such as %s=%s, not %q", e.Param, e.Field, e.Param, example, e.Value)
	case NotBool:
		return p.Sprintf("%s compares true or false, as %s is true or false: write %s=true or %s=false, not %q", e.Param, e.Field, e.Param, e.Param, e.Value)
	case OrderWithoutSort:
		example := strings.ToLower(e.Value)
		if example != "asc" && example != "desc" {
			example = "desc"
		}
		return p.Sprintf("_order needs _sort, the field to sort by: such as _sort=title&_order=%s", example)
	case DashAlone:
		return p.Sprintf("_sort: write a field's name after the -, such as _sort=-%s", e.Field)
	case OrderAndDash:
		return p.Sprintf("_order and the - in _sort=%s both say which way to sort: keep only one of them, such as _sort=-%s, or _sort=%s&_order=desc", e.Value, e.Field, e.Field)
	case TooManyOrders:
		return p.Sprintf("_order has more values than _sort has fields: give one asc or desc per field, such as _sort=keyword,title&_order=asc,desc")
	case BadOrder:
		return p.Sprintf("_order must be asc or desc, not %q", e.Value)
	}
	return p.Sprintf("something unexpected went wrong (%v): try again, and if it goes on, show this sentence to your teacher", "query error "+strconv.Itoa(int(e.Code)))
}
