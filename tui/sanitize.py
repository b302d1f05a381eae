"""Neutralise what a terminal would execute: escape sequences, control and bidi characters.

Applied once at ingestion, so no output, screen or file can ever carry them. File names
are not article text: they are shown with their control characters made visible instead.
"""

from __future__ import annotations

import re
from collections import Counter

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other
# string commands (DCS, SOS, PM, APC) and two-byte escapes. A string command that is
# never terminated stops at the end of its line, so it cannot swallow the article.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                          # CSI
    | \x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?  # OSC, DCS, SOS, PM, APC
    | \x9b[0-?]*[ -/]*[@-~]?                          # 8-bit CSI
    | [\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x9c)?  # 8-bit OSC, DCS, SOS, PM, APC
    | \x1b[ -/]*[0-~]?                                # any other escape
    """,
    re.VERBOSE,
)

# C0 controls except tab and newline, DEL and C1 controls.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Unicode line and paragraph separators: some viewers break lines on them, so line
# numbers would disagree. They become spaces.
_SEPARATORS = re.compile("[\u2028\u2029]")
# Characters that reorder or hide text: bidi embeddings, overrides, isolates and marks,
# interlinear annotation, a byte order mark inside the text and the invisible tag
# characters. Zero-width joiners stay: scripts and emoji need them.
_INVISIBLE = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufff9-\ufffb\ufeff\U000e0000-\U000e007f]"
)

ESCAPE_SEQUENCE = "terminal escape sequence"
CONTROL_CHARACTER = "control character"
INVISIBLE_CONTROL = "bidirectional or invisible control"


def neutralise_counted(text: str) -> tuple[str, Counter[str]]:
    """The text without escapes and controls, and how many of each kind went."""
    counts: Counter[str] = Counter()

    def dropper(kind: str, replacement: str = ""):
        def drop(match: re.Match[str]) -> str:
            counts[kind] += 1
            return replacement

        return drop

    text = _ESCAPES.sub(dropper(ESCAPE_SEQUENCE), text)
    text = _CONTROLS.sub(dropper(CONTROL_CHARACTER), text)
    text = _SEPARATORS.sub(dropper(CONTROL_CHARACTER, " "), text)
    text = _INVISIBLE.sub(dropper(INVISIBLE_CONTROL), text)
    # Tabs become spaces so that column layout never depends on the terminal.
    return text.replace("\t", "    "), counts


def neutralise(text: str) -> tuple[str, int]:
    """Return the text without escape sequences and control characters, and how many went."""
    text, counts = neutralise_counted(text)
    return text, sum(counts.values())


def describe_removed(counts: Counter[str]) -> str:
    """'removed 2 terminal escape sequences and 1 control character', or ''."""
    plurals = {
        ESCAPE_SEQUENCE: "terminal escape sequences",
        CONTROL_CHARACTER: "control characters",
        INVISIBLE_CONTROL: "bidirectional or invisible controls",
    }
    parts = [
        f"{counts[kind]} {kind if counts[kind] == 1 else plural}"
        for kind, plural in plurals.items()
        if counts.get(kind, 0)
    ]
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"removed {listed}"


_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff"
    "\ud800-\udfff]"
)


def printable(name: str) -> str:
    """A file name or path safe to print: controls and undecodable bytes shown as escapes."""

    def show(match: re.Match[str]) -> str:
        code = ord(match.group())
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not valid in the file system encoding
            return f"\\x{code - 0xDC00:02x}"
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(show, name)
