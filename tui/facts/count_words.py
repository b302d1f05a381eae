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
    "infected": "infected", "infections": "infected", "sickened": "infected",
    # "made 47 arrests" counts the people "arrested": one slot.
    "arrests": "arrested",
}
HARMS = frozenset({"killed", "injured", "missing", "infected"})
# Words for people, singular or with an irregular plural: "a 34-year-old man", "two miners".
PERSON_NOUNS = frozenset(
    "man men woman women person people boy girl child children teen teenager youth adult baby babies infant "
    "suspect victim resident student pupil migrant passenger member pilot crew driver worker soldier civilian "
    "protester journalist firefighter employee teacher doctor nurse patient survivor hostage prisoner tourist "
    "relative guard miner villager pedestrian cyclist motorist individual supervisor manager operator "
    "engineer official".split()
)
# Verbs that bring people out of danger when a way out follows ("brought three miners to the
# surface", "were pulled from the rubble"); "rescued" and "saved" need none.
RESCUE_MOVES = ("pulled", "brought", "lifted", "hauled", "winched", "carried", "dug", "airlifted", "led")
RESCUED = ("rescued", "saved")
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
# Units of measure count an amount, whatever it is of: "2,400 hectares of low land" are hectares.
MEASURES = frozenset(
    "hectares acres tonnes tons kilometres kilometers km miles metres meters feet litres liters gallons barrels "
    "kilograms kilos kg pounds millimetres millimeters mm centimetres centimeters cm inches degrees".split()
)
# Words after a count that leave its noun unsaid: "killed 56 in Lakeside", "killed 56 and injured 200".
UNSAID_NOUN = frozenset("in at on across throughout since during and including".split())
# A term of custody, however it is worded: "seven years in prison", "six years in jail",
# "a 7-year prison sentence", "sentenced to six years", "jailed for seven years".
CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "detention", "imprisonment"})
# Words a count of cases may carry that leave it the total ("1,243 confirmed cases"); others
# name a part of it ("new", "suspected", "active" cases) and stay apart.
CASE_TOTALS = frozenset({"confirmed", "recorded", "reported", "registered", "documented", "known", "total"})
# People held by the other side, and the words that tell them set free, however it is worded:
# "50 prisoners were freed", "were handed over", "crossed the bridge", "went home".
CAPTIVES = frozenset({"prisoners", "hostages", "detainees", "captives"})
RELEASED = ("released", "freed", "handed over", "handed to", "exchanged", "swapped", "returned", "repatriated",
            "crossed", "went home", "walked free", "set free")
