package catalog

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"photoserver/internal/lang"
	"photoserver/internal/photo"
)

// Query is what a request asks of the list: filters, then an order, then a part.
// The parameters are this server's own (keyword, q, offset, limit), json-server 0.17's
// (a field's name, with _like, _ne, _gte or _lte; _page, _limit, _start, _end, _sort,
// _order) and json-server 1's (a field's name with :eq, :lt... ; _page with _per_page;
// _sort=-title), so that a page written after a json-server tutorial works here too.
type Query struct {
	Keyword string        // equal to the keyword, ignoring case
	Q       string        // found in the title, description or keyword, ignoring case and accents
	Filters []FieldFilter // json-server's filters on a field: title=Canyon, id_gte=5, id:gt=5
	Sort    []SortKey     // _sort and _order, or _sort=-title
	Page    int           // _page, from 1; 0: no page
	PerPage int           // _per_page with _page: json-server 1's page, sent in its object (Paging); 0: none
	Start   int           // _start or offset
	End     int           // _end; -1: none
	Limit   int           // _limit or limit; -1: none
	// V1 is set when the request uses a parameter of json-server 1 that 0.17 did not
	// have (_per_page, a - in _sort, a field:op filter): texts then sort as json-server
	// 1 sorts them (collate.go: alphabetical whatever the case; an empty text last).
	V1 bool
}

// SortKey is one field to sort by.
type SortKey struct {
	Field int // index in the schema's Fields; -1: none (an empty name in _sort)
	Desc  bool
}

// FieldFilter keeps the photos whose field compares as asked with one of the values, as
// json-server 0.17 compares them: = and _ne as text (the field's value written as text),
// _like a regular expression ignoring case, _gte and _lte as numbers for a number field
// and as text otherwise. With json-server 1's operators (Op ":eq", ":lt"...), each value
// is a condition that every photo kept meets (see keepsWhere).
type FieldFilter struct {
	Field  int    // index in the schema's Fields
	Op     string // "", "_ne", "_like", "_gte", "_lte"; or ":" and one of whereOps
	Values []string
	like   []*regexp.Regexp
	nums   []float64 // with a json-server 1 operator on a number or a true/false field: the values as numbers
	lower  []string  // with :contains, :startsWith, :endsWith: the values in small letters
}

// filterOps are the endings json-server 0.17 gives a field's name to compare otherwise.
var filterOps = []string{"_like", "_ne", "_gte", "_lte"}

// whereOps are the operators json-server 1 writes after a field's name and a colon:
// views:gt=100, title:contains=chat.
var whereOps = []string{"eq", "ne", "lt", "lte", "gt", "gte", "in", "contains", "startsWith", "endsWith"}

// Params are the parameters of GET /photos that are not a field's filter: this server's
// own and json-server's. A field of Photo sent under one of these names cannot be
// filtered by (the parameter wins), which the server says at start.
var Params = []string{"keyword", "q", "offset", "limit", "_page", "_limit", "_start", "_end", "_sort", "_order", "_per_page"}

// NoQuery is the query of a request without parameters: the whole list as it is.
var NoQuery = Query{End: -1, Limit: -1}

// All reports whether the query asks for the whole list as it is.
func (q Query) All() bool {
	return q.Keyword == "" && q.Q == "" && q.Filters == nil && q.Sort == nil && q.Page == 0 && q.PerPage == 0 && q.Start == 0 && q.End == -1 && q.Limit == -1
}

// paramsOf are the parameters of GET /photos for photos of schema s: Params, and
// json-server's filters, each field alone or with an ending; any other parameter is
// ignored (pages add cache-busters such as ?_=123), unless it is so close to one of
// these that it must be a typing mistake. Made once per schema.
func paramsOf(s *photo.Schema) []string {
	if known, ok := paramsBySchema.Load(s); ok {
		return known.([]string)
	}
	names := slices.Clone(Params)
	for _, f := range s.Names {
		if !slices.Contains(Params, f) {
			names = append(names, f)
		}
	}
	for _, f := range s.Names {
		for _, op := range filterOps {
			names = append(names, f+op)
		}
	}
	known, _ := paramsBySchema.LoadOrStore(s, names)
	return known.([]string)
}

var paramsBySchema sync.Map // *photo.Schema -> []string

// ParseQuery reads a raw query string for photos of schema s. A malformed value is an
// error that names its parameter and says what to write instead.
func ParseQuery(s *photo.Schema, raw string) (Query, error) {
	if raw == "" {
		return NoQuery, nil // before q, which escapes to the heap
	}
	q := NoQuery
	vals, err := url.ParseQuery(raw)
	if err != nil {
		return q, &QueryError{Code: Malformed, Err: err}
	}
	params := paramsOf(s)
	names := make([]string, 0, len(vals))
	for name := range vals {
		names = append(names, name)
	}
	slices.Sort(names) // the same query, the same first mistake named
	for _, name := range names {
		if filter, ok, err := parseFilter(s, name, vals[name]); ok {
			if err != nil {
				return q, err
			}
			q.Filters = append(q.Filters, filter)
			q.V1 = q.V1 || strings.HasPrefix(filter.Op, ":")
			continue
		}
		if slices.Contains(params, name) || name == "_" {
			if len(vals[name]) > 1 && slices.ContainsFunc(vals[name][1:], func(v string) bool { return v != vals[name][0] }) {
				return q, &QueryError{Code: GivenTwice, Param: name}
			}
			continue
		}
		if near := lang.Nearest(name, params); near != "" {
			return q, &QueryError{Code: UnknownParam, Param: name, Near: near}
		}
	}
	q.Keyword, q.Q = vals.Get("keyword"), vals.Get("q")
	number := func(name string, least int, dst *int) error {
		s := vals.Get(name)
		if s == "" {
			return nil
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < least || strings.HasPrefix(s, "+") {
			return &QueryError{Code: NotWhole, Param: name, Value: s, Least: least}
		}
		*dst = n
		return nil
	}
	offset, limit := -1, -1
	start, jsLimit, perPage := -1, -1, 0
	for _, n := range []struct {
		name  string
		least int
		dst   *int
	}{{"offset", 0, &offset}, {"limit", 0, &limit}, {"_start", 0, &start}, {"_limit", 0, &jsLimit}, {"_end", 0, &q.End}, {"_page", 1, &q.Page}, {"_per_page", 1, &perPage}} {
		if err := number(n.name, n.least, n.dst); err != nil {
			return q, err
		}
	}
	for _, pair := range [][2]string{{"offset", "_start"}, {"limit", "_limit"}} {
		if vals.Get(pair[0]) != "" && vals.Get(pair[1]) != "" {
			return q, &QueryError{Code: SameMeaning, Param: pair[0], Other: pair[1]}
		}
	}
	if perPage > 0 {
		// json-server 1 pages with _page and _per_page alone: its _page and _per_page
		// beside 0.17's _limit (or _start...) would say two sizes, or two starts.
		for _, other := range []string{"_limit", "limit", "_start", "offset", "_end"} {
			if vals.Get(other) != "" {
				return q, &QueryError{Code: PagingMixed, Param: "_per_page", Other: other}
			}
		}
		q.V1 = true
		if q.Page > 0 { // without _page, json-server 1 sends the whole list, and so does this server
			q.PerPage = perPage
		}
	}
	q.Start, q.Limit = max(offset, start, 0), max(limit, jsLimit)
	if q.Page > 0 && q.Limit == 0 {
		return q, &QueryError{Code: ZeroPerPage, Param: "_limit", Value: "0"}
	}
	var dashed bool
	q.Sort, dashed, err = parseSort(s, vals.Get("_sort"), vals.Get("_order"))
	q.V1 = q.V1 || dashed
	return q, err
}

// parseFilter reads a json-server filter: name is a field of a photo (not one of
// Params, which are parameters), alone or with one of filterOps; ok is false for other
// names.
func parseFilter(s *photo.Schema, name string, values []string) (f FieldFilter, ok bool, err error) {
	if i := strings.LastIndexByte(name, ':'); i >= 0 && s.Index(name) < 0 {
		return parseWhere(s, name, name[:i], name[i+1:], values)
	}
	field := name
	for _, op := range filterOps {
		if base, cut := strings.CutSuffix(name, op); cut {
			field, f.Op = base, op
		}
	}
	k := s.Index(field)
	if k < 0 || slices.Contains(Params, name) {
		return f, false, nil
	}
	f.Field, f.Values = k, values
	if f.Op == "_like" {
		for _, v := range values {
			re, err := regexp.Compile("(?i)" + v)
			if err != nil {
				return f, true, &QueryError{Code: BadPattern, Param: name, Value: v}
			}
			f.like = append(f.like, re)
		}
	}
	return f, true, nil
}

// keeps reports whether v, the filter's field of a photo, passes the filter: one of its
// values for =, _like, _gte and _lte, all of them for _ne (as json-server).
func (f FieldFilter) keeps(v reflect.Value) bool {
	if strings.HasPrefix(f.Op, ":") {
		return f.keepsWhere(v)
	}
	text := fmt.Sprint(v.Interface())
	for k, want := range f.Values {
		var ok bool
		switch f.Op {
		case "":
			ok = text == want
		case "_ne":
			if text == want {
				return false
			}
			continue
		case "_like":
			ok = f.like[k].MatchString(text)
		case "_gte", "_lte":
			r, comparable := compareTo(v, want)
			ok = comparable && ((f.Op == "_gte" && r >= 0) || (f.Op == "_lte" && r <= 0))
		}
		if ok {
			return true
		}
	}
	return f.Op == "_ne"
}

// parseWhere reads a json-server 1 filter: name is field:op, a field of a photo, a
// colon and one of whereOps. The values are checked against the field's type, which
// json-server 1 does not know: a number field compares with numbers, a true or false
// one with true or false; :in's values are each split at their commas. A name that has
// neither a field of a photo nor an operator is not a filter (ok is false); a name
// with only one of the two is a mistake, said with what to write.
func parseWhere(s *photo.Schema, name, field, op string, values []string) (f FieldFilter, ok bool, err error) {
	k := s.Index(field)
	known := slices.Contains(whereOps, op)
	switch {
	case k < 0 && !known:
		return f, false, nil
	case k < 0:
		return f, true, noField(s, name, field)
	case !known:
		return f, true, &QueryError{Code: UnknownOperator, Param: name, Field: field, Op: op, Near: lang.Nearest(op, whereOps)}
	}
	f.Field, f.Op, f.Values = k, ":"+op, values
	if op == "in" {
		f.Values = nil
		for _, v := range values {
			for _, part := range strings.Split(v, ",") {
				f.Values = append(f.Values, strings.TrimSpace(part)) // as json-server 1
			}
		}
	}
	kind := s.Fields[k].Type.Kind()
	switch {
	case op == "contains" || op == "startsWith" || op == "endsWith":
		for _, v := range f.Values {
			f.lower = append(f.lower, strings.ToLower(v))
		}
	case isNumber(kind):
		for _, v := range f.Values {
			n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
				return f, true, &QueryError{Code: NotNumber, Param: name, Field: field, Value: v}
			}
			f.nums = append(f.nums, n)
		}
	case kind == reflect.Bool:
		for _, v := range f.Values {
			if v != "true" && v != "false" {
				return f, true, &QueryError{Code: NotBool, Param: name, Field: field, Value: v}
			}
			f.nums = append(f.nums, float64(b2i(v == "true")))
		}
	}
	return f, true, nil
}

// noField is the mistake of param naming field, which is not a field of a photo: with
// the field it is a typing mistake of, or else the list of fields.
func noField(s *photo.Schema, param, field string) *QueryError {
	e := &QueryError{Code: NoField, Param: param, Field: field, Near: lang.Nearest(field, s.Names)}
	if e.Near == "" {
		e.Fields = s.Names
	}
	return e
}

// keepsWhere reports whether v, the filter's field of a photo, passes a json-server 1
// filter: every value is a condition to meet (id:gt=5&id:gt=9 keeps the ids over 9,
// keyword:ne=chien&keyword:ne=chat neither), but one of :in's is enough.
func (f FieldFilter) keepsWhere(v reflect.Value) bool {
	in := f.Op == ":in"
	for k := range f.Values {
		if ok := f.meets(v, k); ok == in {
			return ok
		}
	}
	return !in
}

// meets reports whether v compares as the filter's operator asks with its k-th value:
// as numbers when the field is a number or true or false (true is 1), as texts
// otherwise, and :contains, :startsWith and :endsWith in the text of the field, in small
// letters, as json-server 1.
func (f FieldFilter) meets(v reflect.Value, k int) bool {
	op := f.Op[1:]
	switch op {
	case "contains":
		return strings.Contains(strings.ToLower(textOf(v)), f.lower[k])
	case "startsWith":
		return strings.HasPrefix(strings.ToLower(textOf(v)), f.lower[k])
	case "endsWith":
		return strings.HasSuffix(strings.ToLower(textOf(v)), f.lower[k])
	}
	var r int
	if f.nums != nil {
		r = cmp.Compare(numberOf(v), f.nums[k])
	} else {
		r = strings.Compare(textOf(v), f.Values[k])
	}
	switch op {
	case "ne":
		return r != 0
	case "lt":
		return r < 0
	case "lte":
		return r <= 0
	case "gt":
		return r > 0
	case "gte":
		return r >= 0
	}
	return r == 0 // eq, in
}

// isNumber reports whether a field of this kind holds a number.
func isNumber(k reflect.Kind) bool {
	return reflect.Int <= k && k <= reflect.Float64
}

// numberOf is the value of a number field, or of a true or false one (true is 1).
func numberOf(v reflect.Value) float64 {
	switch {
	case v.Kind() == reflect.Bool:
		return float64(b2i(v.Bool()))
	case v.CanInt():
		return float64(v.Int())
	case v.CanUint():
		return float64(v.Uint())
	}
	return v.Float()
}

// textOf is a field's value as a text.
func textOf(v reflect.Value) string {
	if v.Kind() == reflect.String {
		return v.String()
	}
	return fmt.Sprint(v.Interface())
}

// compareTo compares a field's value with a value written in a query: as numbers for a
// number field (a value that is not a number compares with nothing), as text otherwise.
func compareTo(v reflect.Value, want string) (int, bool) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseFloat(want, 64)
		return cmp.Compare(float64(v.Int()), n), err == nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseFloat(want, 64)
		return cmp.Compare(float64(v.Uint()), n), err == nil
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(want, 64)
		return cmp.Compare(v.Float(), n), err == nil
	}
	return strings.Compare(fmt.Sprint(v.Interface()), want), true
}

// parseSort reads _sort (fields, comma-separated, each with a - before it to sort from
// the last, as json-server 1) and _order (asc or desc, one per field, as json-server
// 0.17); dashed tells whether a field has its -.
func parseSort(s *photo.Schema, sortParam, orderParam string) (keys []SortKey, dashed bool, err error) {
	if sortParam == "" {
		if orderParam != "" {
			return nil, false, &QueryError{Code: OrderWithoutSort, Param: "_order", Value: orderParam}
		}
		return nil, false, nil
	}
	var first string // the first field with a -
	for _, name := range strings.Split(sortParam, ",") {
		desc := false
		if rest, cut := strings.CutPrefix(name, "-"); cut {
			if rest == "" {
				return nil, true, &QueryError{Code: DashAlone, Param: "_sort", Value: sortParam, Field: s.Name(photo.Title)}
			}
			if first == "" {
				first = rest
			}
			name, desc, dashed = rest, true, true
		}
		if name == "" { // as json-server: an empty field sorts nothing, but takes its _order
			keys = append(keys, SortKey{Field: -1})
			continue
		}
		i := s.Index(name)
		if i < 0 {
			return nil, dashed, noField(s, "_sort", name)
		}
		keys = append(keys, SortKey{Field: i, Desc: desc})
	}
	if orderParam == "" {
		return keys, dashed, nil
	}
	if dashed {
		return nil, true, &QueryError{Code: OrderAndDash, Param: "_order", Value: sortParam, Field: first}
	}
	orders := strings.Split(orderParam, ",")
	if len(orders) > len(keys) {
		return nil, false, &QueryError{Code: TooManyOrders, Param: "_order", Value: orderParam}
	}
	for i, o := range orders {
		switch strings.ToLower(o) {
		case "desc":
			keys[i].Desc = true
		case "asc", "":
		default:
			return nil, false, &QueryError{Code: BadOrder, Param: "_order", Value: o}
		}
	}
	return keys, false, nil
}

// Match returns the positions of the photos the query keeps, in order, and how many
// matched before the part was cut.
func (c *Catalog) Match(q Query) (chosen []int, total int) {
	chosen, total, _ = c.MatchContext(context.Background(), q)
	return chosen, total
}

// MatchContext is Match for a request, which stops early with ctx's error once ctx is
// done (its client gone): a filter with patterns on a long list (-fake 100000) may take
// seconds that nobody waits for any more.
func (c *Catalog) MatchContext(ctx context.Context, q Query) (chosen []int, total int, err error) {
	needle := lang.Fold(q.Q)
	if needle != "" {
		c.searchOnce.Do(func() {
			c.search = make([]string, len(c.photos))
			for i, p := range c.photos {
				c.search[i] = lang.Fold(p.Title + "\n" + p.Description + "\n" + p.Keyword)
			}
		})
	}
	for i := range c.photos {
		if i%256 == 255 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		if q.Keyword != "" && !strings.EqualFold(strings.TrimSpace(c.photos[i].Keyword), strings.TrimSpace(q.Keyword)) { // "Chien " is chien
			continue
		}
		if needle != "" && !strings.Contains(c.search[i], needle) {
			continue
		}
		if !slices.ContainsFunc(q.Filters, func(f FieldFilter) bool { return !f.keeps(c.photos[i].Field(c.schema.Fields[f.Field])) }) {
			chosen = append(chosen, i)
		}
	}
	if q.Sort != nil {
		c.sortChosen(chosen, q.Sort, q.V1)
	}
	total = len(chosen)
	from, to := q.Part(total)
	return chosen[from:to], total, nil
}

// PageSize is how many photos a page of json-server 0.17 holds: _limit, or 10.
func (q Query) PageSize() int {
	if q.Limit < 0 {
		return 10
	}
	return q.Limit
}

// Part returns the slice of a list of total photos that the query keeps: a page, or
// from start to end, or limit photos from start; json-server's order of precedence.
func (q Query) Part(total int) (from, to int) {
	switch {
	case q.Page > 0 && q.PerPage > 0:
		from = (q.Paging(total).page - 1) * q.PerPage // the page is at most the last: from < total, or 0
		return from, from + min(q.PerPage, total-from)
	case q.Page > 0:
		size := q.PageSize()
		from = total
		if q.Page-1 < total/size+1 { // else (q.Page-1)*size is past the end, or past the ints
			from = min((q.Page-1)*size, total)
		}
		return from, from + min(size, total-from)
	case q.End >= 0:
		from = min(q.Start, total)
		return from, max(from, min(q.End, total))
	case q.Limit >= 0:
		from = min(q.Start, total)
		return from, from + min(q.Limit, total-from) // from+q.Limit may be past the ints
	}
	return min(q.Start, total), total
}

// sortChosen sorts the chosen positions by the keys, keeping the list's order between
// equals (also in desc, as json-server does). Numbers compare as numbers. Texts compare
// as json-server 0.17 compares them, character by character (capitals before small
// letters), except that accents count only between texts otherwise equal: é sorts
// beside e, as in French, and not after z. With v1, texts compare as json-server 1
// compares them (collate.go), and an empty text, or false, comes after the others
// (before them in desc), as json-server 1 sorts what is missing.
func (c *Catalog) sortChosen(chosen []int, keys []SortKey, v1 bool) {
	compare := make([]func(a, b int) int, len(keys))
	for k, key := range keys {
		compare[k] = func(a, b int) int { return 0 }
		if key.Field >= 0 {
			compare[k] = c.comparer(key.Field, v1)
		}
	}
	slices.SortStableFunc(chosen, func(a, b int) int {
		for k, key := range keys {
			if r := compare[k](a, b); r != 0 {
				if key.Desc {
					return -r
				}
				return r
			}
		}
		return 0
	})
}

// comparer returns how to compare field f (an index in the schema's Fields) of two
// photos, given by position: as json-server 0.17, or with v1 as json-server 1.
func (c *Catalog) comparer(f int, v1 bool) func(a, b int) int {
	sf := c.schema.Fields[f]
	field := func(i int) reflect.Value { return c.photos[i].Field(sf) }
	switch kind := sf.Type.Kind(); {
	case v1 && kind == reflect.String:
		keys := c.fieldKeys(f, &c.collated, collationKeys())
		return func(a, b int) int {
			x, y := field(a).String(), field(b).String()
			if x == "" || y == "" {
				return cmp.Compare(b2i(x == ""), b2i(y == ""))
			}
			return strings.Compare(keys[a], keys[b])
		}
	case v1 && kind == reflect.Bool:
		return func(a, b int) int { return cmp.Compare(b2i(!field(a).Bool()), b2i(!field(b).Bool())) }
	}
	switch sf.Type.Kind() {
	case reflect.String:
		folded := c.fieldKeys(f, &c.folded, lang.WithoutAccents)
		return func(a, b int) int {
			if r := strings.Compare(folded[a], folded[b]); r != 0 {
				return r
			}
			return strings.Compare(field(a).String(), field(b).String())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(a, b int) int { return cmp.Compare(field(a).Int(), field(b).Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return func(a, b int) int { return cmp.Compare(field(a).Uint(), field(b).Uint()) }
	case reflect.Float32, reflect.Float64:
		return func(a, b int) int { return cmp.Compare(field(a).Float(), field(b).Float()) }
	case reflect.Bool:
		return func(a, b int) int { return cmp.Compare(b2i(field(a).Bool()), b2i(field(b).Bool())) }
	}
	return func(a, b int) int { return 0 } // a kind of field that does not sort
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fieldKeys returns key of text field f of every photo, made once per field and kept in
// cache: the texts without their accents (lang.WithoutAccents), or their collation keys.
func (c *Catalog) fieldKeys(f int, cache *map[int][]string, key func(string) string) []string {
	c.foldMu.Lock()
	defer c.foldMu.Unlock()
	if keys, ok := (*cache)[f]; ok {
		return keys
	}
	keys := make([]string, len(c.photos))
	for i := range c.photos {
		keys[i] = key(c.photos[i].Field(c.schema.Fields[f]).String())
	}
	if *cache == nil {
		*cache = map[int][]string{}
	}
	(*cache)[f] = keys
	return keys
}

// Paging is json-server 1's answer to _page with _per_page, an object that holds the
// page's photos in data: the numbers of the first, previous, next and last pages (0
// for none: null), how many pages, how many photos matched.
type Paging struct {
	First, Prev, Next, Last, Pages, Items int

	page int // the page sent: _page, or the last page when _page is past it
}

// Paging is json-server 1's paging of a list of total photos, nil without _per_page.
// As json-server 1 does, a page past the last sends the last, and an empty list is one
// empty page.
func (q Query) Paging(total int) *Paging {
	if q.Page == 0 || q.PerPage == 0 {
		return nil
	}
	pages := 1
	if total > 0 {
		pages = (total-1)/q.PerPage + 1
	}
	pg := &Paging{First: 1, Last: pages, Pages: pages, Items: total, page: min(q.Page, pages)}
	if pg.page > 1 {
		pg.Prev = pg.page - 1
	}
	if pg.page < pages {
		pg.Next = pg.page + 1
	}
	return pg
}

// appendHead appends the object's members before its photos, as encoding/json writes
// them, up to "data": included.
func (pg *Paging) appendHead(dst []byte) []byte {
	for i, m := range []struct {
		name string
		page int
	}{{"first", pg.First}, {"prev", pg.Prev}, {"next", pg.Next}, {"last", pg.Last}, {"pages", pg.Pages}, {"items", pg.Items}} {
		if i == 0 {
			dst = append(dst, "{\n  \""...)
		} else {
			dst = append(dst, ",\n  \""...)
		}
		dst = append(dst, m.name...)
		dst = append(dst, "\": "...)
		if m.page == 0 && m.name != "items" {
			dst = append(dst, "null"...)
		} else {
			dst = strconv.AppendInt(dst, int64(m.page), 10)
		}
	}
	return append(dst, ",\n  \"data\": "...)
}
