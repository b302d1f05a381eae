"""The words that name what a count counts: the nouns and verbs of a slot ("deaths",
"fled"), the people counted ("residents"), spans of time, and the small words around a
count that do not change what it counts ("were", "reportedly")."""

from __future__ import annotations

# A toll with no noun of harm is the death toll: "the toll has climbed to", "the quake's toll stands at".
TOLL_WORDS = frozenset(
    "the a an its their this that official latest final overall confirmed provisional updated grim new total s".split()
)
PEOPLE = frozenset({"people", "persons", "individuals", "others", "person"})
LINKING = frozenset(
    {"were", "was", "have", "has", "had", "been", "are", "is", "being", "remain", "remained", "remains",
     "reportedly", "reported", "confirmed", "feared", "believed", "now", "still", "also", "being"}
)
SYNONYMS = {
    "dead": "killed", "deaths": "killed", "death": "killed", "killed": "killed", "died": "killed",
    "fatalities": "killed", "lives": "killed", "bodies": "killed", "perished": "killed", "fatality": "killed",
    "killing": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "injuring": "injured", "wounding": "injured",
    "missing": "missing", "unaccounted": "missing",
    "survivors": "survived", "survivor": "survived", "survived": "survived",
    "evacuated": "evacuated", "evacuees": "evacuated", "fled": "evacuated", "displaced": "evacuated",
}
HARMS = frozenset({"killed", "injured", "missing"})
# Who leaves a place ahead of a danger: "12,000 residents evacuated" are people evacuated.
RESIDENTS = frozenset({"residents", "villagers", "inhabitants", "locals"})
# Spans of time that "of <something>" can name: "four days of national mourning".
DURATIONS = frozenset(
    {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
     "minute", "minutes", "century", "centuries"}
)
# Who a vessel or vehicle carries, counted as everyone aboard.
CARRIED = frozenset({"passengers", "passenger", "people", "persons", "travellers", "travelers"})
# Words after "carrying 40 people" that make it a rescue or a rate, not a load.
NOT_A_LOAD = frozenset(
    "to into onto away off out towards toward back ashore a an per each every daily weekly annually yearly".split()
)
TIME_UNITS = frozenset(
    {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "day", "days", "hour",
     "hours", "minute", "minutes", "second", "seconds", "century", "centuries", "times", "percent", "per", "%"}
)
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Prepositions the stop words leave out: "9,000 households across the valley" counts households.
PREPOSITIONS = frozenset("across along alongside around behind beside beyond inside near outside throughout onto past".split())
# A term of custody, however it is worded: "seven years in prison", "six years in jail",
# "a 7-year prison sentence", "sentenced to six years", "jailed for seven years".
CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "detention", "imprisonment"})
