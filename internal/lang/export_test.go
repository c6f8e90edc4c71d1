package lang

// The catalogs, for the tests of package lang_test.
var (
	FrenchCatalog = french
	Counted       = counted
)
