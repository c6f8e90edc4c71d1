package lang

// The catalogs, for the tests of package lang_test.
var (
	FrenchCatalog = french
	Counted       = counted
)

// WithoutAccentsSlowly is withoutAccents, through x/text alone, to compare with.
var WithoutAccentsSlowly = withoutAccents
