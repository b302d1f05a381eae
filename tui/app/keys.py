"""Every key of the browser in one table: the bindings, the footer and the help screen read it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    keys: str  # Textual key names, comma separated
    action: str
    footer: str  # short description for the footer
    help: str  # what the help screen says
    shown: str  # how the help screen writes the keys
    in_footer: bool = True
    group: str = ""  # keys of one group share a description in the footer


KEYS: tuple[Key, ...] = (
    Key("j,down", "step(1)", "next", "Next cluster", "j  ↓", group="cluster"),
    Key("k,up", "step(-1)", "prev", "Previous cluster", "k  ↑", group="cluster"),
    Key("n,right_square_bracket", "step_conflict(1)", "next ≠", "Next cluster with a conflict", "n  ]", group="conflict"),
    Key("p,left_square_bracket", "step_conflict(-1)", "prev ≠", "Previous cluster with a conflict", "p  [", group="conflict"),
    Key("g,home", "jump('first')", "first", "First cluster", "g  Home", in_footer=False),
    Key("G,end", "jump('last')", "last", "Last cluster", "G  End", in_footer=False),
    Key("slash", "search", "search", "Search clusters by text", "/"),
    Key("escape", "clear_search", "clear", "Clear the search", "Esc", in_footer=False),
    Key("f", "toggle_divergent", "diverging", "Only clusters with divergences, or all", "f"),
    Key("b", "toggle_chrome", "chrome", "Show or hide page chrome (boilerplate)", "b", in_footer=False),
    Key("s", "toggle_layout", "layout", "Side by side or stacked", "s"),
    Key("question_mark", "help", "help", "This help", "?"),
    Key("a", "articles", "articles", "Articles: hide and show them", "a"),
    Key("t", "facts", "facts", "Facts table: every slot by every article", "t"),
    Key("1,2,3,4,5,6,7,8,9", "toggle_article_key", "hide/show", "Hide or show article 1 to 9", "1 … 9", in_footer=False),
    Key("plus,equals_sign", "threshold(1)", "stricter", "Raise the alignment threshold (aligns fewer)", "+", in_footer=False),
    Key("minus,underscore", "threshold(-1)", "looser", "Lower the alignment threshold (aligns more)", "-", in_footer=False),
    Key("e", "export", "export", "Export this view or everything", "e"),
    Key("q", "quit", "quit", "Quit", "q"),
)

# Keys that Textual provides and the help screen should mention too.
BUILT_IN: tuple[tuple[str, str], ...] = (
    ("ctrl+p", "Command palette: go to cluster, export, theme"),
    ("Tab", "Move between the cluster list and the cluster view"),
    ("Enter", "In the list: move to the cluster view to scroll it"),
)

MARKERS: tuple[tuple[str, str], ...] = (
    ("≠", "conflict: the articles give different values"),
    ("≈", "variant: the same value written differently"),
    ("◐", "partial: only some articles speak of it"),
    ("=", "agree: the articles that speak give the same value"),
    ("·", "only one article speaks of it"),
    ("—", "this article is silent on the slot"),
)


def bindings() -> list[Binding]:
    """The browser's BINDINGS, built from KEYS."""
    groups = {key.group: Binding.Group(key.group, compact=False) for key in KEYS if key.group}
    result = []
    for key in KEYS:
        if key.action == "toggle_article_key":
            continue
        group = groups.get(key.group)
        result.append(Binding(key.keys, key.action, key.footer, show=key.in_footer, group=group))
    for digit in range(1, 10):
        result.append(Binding(str(digit), f"toggle_article({digit})", f"article {digit}", show=False))
    return result
