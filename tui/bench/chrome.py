"""Page chrome for generated articles: headlines, datelines, ads, share links, bios."""

from __future__ import annotations

import random

OUTLETS = (
    ("valley-courier", "The Valley Courier"),
    ("morning-ledger", "Morning Ledger"),
    ("northern-post", "Northern Post"),
    ("daily-herald", "Daily Herald"),
    ("world-wire", "World Wire"),
    ("city-observer", "City Observer"),
    ("evening-star", "Evening Star"),
    ("news-digest", "News Digest"),
)
HEADLINES = (
    "Floods, envoys and fallout: what we know so far",
    "Live updates: the story as it unfolds",
    "Officials respond as the crisis deepens",
    "A week of decisions that could reshape the region",
    "Explainer: the decision and the disaster behind the headlines",
    "What happened, who said what and what comes next",
)
MONTHS = ("March", "April", "May", "June", "July")
MIDDLE = (
    "Advertisement",
    "READ MORE: The week in pictures",
    "Related stories",
    "Scroll to continue reading",
)
AUTHORS = ("Anna Kerr", "Luis Ortega", "Mei Tanaka", "Omar Haddad", "Sofia Rossi", "Jon Ekberg")


def article_chrome(rng: random.Random) -> tuple[list[str], str, list[str], str]:
    """Lines before the body, one line inside it (or ""), lines after it, the outlet slug."""
    slug, outlet = rng.choice(OUTLETS)
    head = [rng.choice(HEADLINES)]
    if rng.random() < 0.6:
        head.append(f"Published: {rng.choice(MONTHS)} {rng.randint(1, 28)}, 2025")
    middle = rng.choice(MIDDLE) if rng.random() < 0.4 else ""
    tail = []
    if rng.random() < 0.7:
        tail.append("Share this article on Facebook")
    if rng.random() < 0.5:
        author = rng.choice(AUTHORS)
        tail.append(f"{author} is a reporter at {outlet} covering politics and the environment.")
    if rng.random() < 0.5:
        tail.append("Subscribe to our newsletter")
    tail.append(f"© 2025 {outlet}. All rights reserved.")
    return head, middle, tail, slug
