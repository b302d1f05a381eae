"""Sums of money: the currency said in words after a figure ("1.2 billion euros" is the
sum "€1.2bn" is), and what a sum is of ("a $5 million fine", "$10 million in aid",
"revenue fell to $4.3 billion", "annual savings of €350m")."""

from __future__ import annotations

import re

from ..tokens import STOP_WORDS

# A currency named in words after a sum takes the symbol the sum would be written with.
CURRENCY_WORDS = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$"}
CURRENCY_WORD = re.compile(r"\s*(" + "|".join(CURRENCY_WORDS) + r")\b", re.I)
# What a company's or a budget's sum is, told before it, and the one word each is compared by:
# "sales fell 6pc to €4.2bn" and "revenue fell to 4.2 billion euros" tell one revenue.
MEASURE_BEFORE = {
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
    "profit": "profit", "profits": "profit", "earnings": "profit",
    "loss": "loss", "losses": "loss",
    "savings": "savings", "save": "savings", "saves": "savings", "saving": "savings",
    "cost": "cost", "costs": "cost",
    "fine": "fine", "fined": "fine", "penalty": "fine",
    "value": "value", "valuation": "value", "worth": "value",
    "debt": "debt", "debts": "debt", "budget": "budget", "deficit": "deficit",
    "target": "price target", "price": "price", "dividend": "dividend", "bonus": "bonus",
    "salary": "salary", "pay": "pay", "wage": "wage",
}
# The words a sum's clause runs back to: a bracket that converts it ("4.2 billion euros ($4.9
# billion)") belongs to the clause before.
_CLAUSE_BEFORE = re.compile(r"[,;:)]|[.!?](?:\s|$)|\b(?:and|but|while|which|who)\b")
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")


def money_noun(words: list[str], before: str = "") -> str:
    """What a sum is: the noun right after it ("a $5 million fine") or after "in" or "of"
    ("$10 million in aid", "$2bn of debt"); else the measure its clause names before it
    ("revenue fell 6% to 4.2 billion euros", "would save 300 million euros", "savings of
    €350m"). "$4.3 billion in the third quarter" says only when, so two sums of one
    quarter (revenue, profit) are not one slot."""
    if words and words[0].isalpha() and words[0] not in STOP_WORDS:
        return words[0]
    if words[:1] in (["in"], ["of"]) and len(words) > 1 and words[1].isalpha() and words[1] not in STOP_WORDS:
        return words[1]
    return measure_before(before) or "amount"


def measure_before(before: str) -> str | None:
    """The last word of a sum's clause, before it, that names a measure: "profit" of "net
    profit dropped to", "savings" of "the cuts would save"."""
    clause = _CLAUSE_BEFORE.split(before.lower())[-1]
    for word in reversed(_WORDS.findall(clause)):
        for part in reversed(word.split("-")):  # "full-year revenue", "third-quarter profit"
            if part in MEASURE_BEFORE:
                return MEASURE_BEFORE[part]
    return None
