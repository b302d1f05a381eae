"""Sums of money: the currency said in words after a figure ("1.2 billion euros" is the
sum "€1.2bn" is), and what a sum is of ("a $5 million fine", "$10 million in aid")."""

from __future__ import annotations

import re

from ..tokens import STOP_WORDS

# A currency named in words after a sum takes the symbol the sum would be written with.
CURRENCY_WORDS = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$"}
CURRENCY_WORD = re.compile(r"\s*(" + "|".join(CURRENCY_WORDS) + r")\b", re.I)


def money_noun(words: list[str]) -> str:
    """What a sum is: the noun right after it ("a $5 million fine") or after "in" or "of"
    ("$10 million in aid", "$2bn of debt"); "$4.3 billion in the third quarter" says only
    when, so two sums of one quarter (revenue, profit) are not one slot."""
    if words and words[0].isalpha() and words[0] not in STOP_WORDS:
        return words[0]
    if words[:1] in (["in"], ["of"]) and len(words) > 1 and words[1].isalpha() and words[1] not in STOP_WORDS:
        return words[1]
    return "amount"
