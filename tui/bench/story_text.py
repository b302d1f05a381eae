"""Paragraphs of an invented wire story, mixed into the generated piles with the seeds'.

Every paragraph carries its own specifics (names, numbers, dates) so that each one is a
point of its own, as the paragraphs of a real wire story are.
"""

from __future__ import annotations

OWN_PARAGRAPHS = (
    "Floodwater broke through the northern embankment of the Marrow river at Keldby late on "
    "Tuesday, forcing 4,300 residents from their homes before dawn, the regional emergency "
    "service said.",
    "The breach opened a gap of about 60 metres in a levee that engineers had inspected in "
    "March 2019 and judged sound for another decade, according to records seen by reporters.",
    "Mayor Helena Strand told a news conference that the town's two schools and the sports hall "
    "at Brinkley Park had been turned into shelters holding 1,150 people on the first night.",
    "Rescue crews in 38 boats pulled residents from upper windows along Tanner Street and the "
    "old mill quarter, where the water stood 1.8 metres deep by midday on Wednesday.",
    "Two people died: a 71-year-old man found in his flooded cellar on Quay Lane and a delivery "
    "driver whose van was swept off the Harwick bridge road shortly after midnight.",
    "The regional weather office recorded 142 millimetres of rain at its Keldby gauge in 30 "
    "hours, the wettest spell there since records began in 1881.",
    "Interior Minister Tomas Varga flew over the valley by helicopter on Wednesday afternoon "
    "and promised an emergency fund of 25 million crowns for the worst-hit districts.",
    "Varga said an independent panel led by retired judge Ingrid Holm would report within six "
    "months on why the embankment failed and who had signed off its last inspection.",
    "Opposition deputy Karl Brenner accused the government of cutting the flood defence budget "
    "by 18 percent since 2021 and of ignoring warnings from its own river authority.",
    "The river authority's chief engineer, Paul Dressler, said pumps at the Oster lock had "
    "failed at 3:40 a.m. after a power cut, leaving crews unable to lower the level upstream.",
    "Rail services between Keldby and the city of Arnholt were suspended after a section of "
    "track near Lindow station was undermined, the national rail operator said.",
    "About 9,000 households across the valley were without electricity on Wednesday evening, "
    "and the grid operator said full supply might not return before Saturday.",
    "Farmers downstream of the breach said they had lost most of the winter wheat sown on "
    "roughly 2,400 hectares of low land between Keldby and the village of Sorn.",
    "The Red Cross opened a donation line and said volunteers from 14 branches had delivered "
    "drinking water, blankets and baby food to the shelters by Wednesday night.",
    "Insurers estimated early damage claims at 310 million crowns, a figure the national "
    "insurance association said was likely to rise once the water receded.",
    "Residents of the Millbrook estate, built on former meadow land in 2008, said they had "
    "never been told that their homes stood inside the river's historic flood plain.",
    "Hydrologists at Arnholt University warned that a second crest was expected to reach the "
    "lower valley on Friday, when the river at Sorn could rise a further 40 centimetres.",
    "The army sent 600 soldiers and 12 heavy trucks to fill sandbags and reinforce the southern "
    "embankment, which protects the hospital and the town's water treatment plant.",
    "Keldby's hospital moved 54 patients, including eleven from intensive care, to clinics in "
    "Arnholt as a precaution, its director Maria Lindqvist said.",
    "Police closed the ring road and asked drivers to stay away from the valley, after "
    "sightseers' cars blocked the route used by fire engines on Wednesday morning.",
    "The last comparable flood on the Marrow, in August 1997, forced the evacuation of 2,700 "
    "people and destroyed the wooden footbridge that the town rebuilt in stone two years later.",
    "Environmental groups said the draining of wetlands upstream in the 1970s had removed the "
    "natural storage that once absorbed heavy rain before it reached the town.",
    "Prime Minister Elin Soder cancelled a trip to a summit in Lisbon and was due to visit the "
    "shelters on Thursday together with the head of the river authority.",
    "Schools across the district will stay closed until at least Monday, the education office "
    "said, and exams planned for next week have been postponed by a fortnight.",
)

# People named above: the generator may swap one for another to inject a conflict.
PERSON_NAMES = (
    "Helena Strand",
    "Tomas Varga",
    "Ingrid Holm",
    "Karl Brenner",
    "Paul Dressler",
    "Maria Lindqvist",
    "Elin Soder",
)
OTHER_SURNAMES = ("Berg", "Kovacs", "Novak", "Aalto", "Weber", "Falk", "Moreau")
