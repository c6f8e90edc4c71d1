package words

import "strings"

// places are the names of places a photo's keyword may be, folded, which the word
// lists lack (they hold common words, and few proper names): the continents and
// oceans, the countries, the regions of France and some of the world's famous places,
// in French and in English, written here from general knowledge (no list to cite).
var places = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
afrique africa asie asia amerique america europe oceanie oceania antarctique antarctica arctique arctic
atlantique atlantic pacifique pacific mediterranee mediterranean sahara amazonie amazon himalaya alpes alps
pyrenees andes rocheuses caraibes caribbean polynesie scandinavie siberie patagonie laponie savane
france allemagne germany italie italy espagne spain portugal belgique belgium suisse switzerland
autriche austria angleterre england ecosse scotland irlande ireland islande iceland norvege norway
suede sweden finlande finland danemark denmark pologne poland grece greece turquie turkey russie russia
ukraine roumanie romania hongrie hungary croatie croatia egypte egypt maroc morocco algerie algeria
tunisie tunisia senegal mali kenya tanzanie tanzania madagascar namibie namibia afriquedusud
canada mexique mexico bresil brazil argentine argentina chili chile perou peru colombie colombia
cuba jamaique jamaica chine china japon japan coree korea inde india thailande thailand vietnam
indonesie indonesia philippines australie australia zelande zealand nouvellezelande
bretagne normandie provence alsace corse corsica auvergne bourgogne burgundy aquitaine occitanie
savoie lorraine picardie champagne guadeloupe martinique reunion guyane
paris londres london rome berlin madrid lisbonne lisbon athenes athens venise venice florence
marseille lyon nice bordeaux toulouse lille nantes strasbourg montpellier rennes grenoble
tokyo kyoto pekin beijing shanghai moscou moscow newyork york dubai sydney rio
eiffel louvre joconde montblanc versailles colisee colosseum everest kilimandjaro niagara
`) {
		m[w] = true
	}
	return m
}()

// Place reports whether w, folded, is the name of a place: Afrique, Bretagne, Italie.
func Place(w string) bool { return places[w] }
