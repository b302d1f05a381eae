"""Neutralise what a terminal would execute: escape sequences, control and bidi characters.

Applied once at ingestion, so no output, screen or file can ever carry them.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other
# string commands (DCS, SOS, PM, APC) and two-byte escapes.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?            # CSI
    | \x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?   # OSC, DCS, SOS, PM, APC up to BEL or ST
    | \x9b[0-?]*[ -/]*[@-~]?            # 8-bit CSI
    | \x9d[^\x07\x9c]*(?:\x07|\x9c)?    # 8-bit OSC
    | \x1b[ -/]*[0-~]?                  # any other escape
    """,
    re.VERBOSE,
)

# C0 controls except tab and newline, DEL, C1 controls, and the Unicode controls that
# reorder or hide text (bidi embeddings, overrides and isolates; zero-width joiners are
# left alone because scripts need them).
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufff9-\ufffb]"
)


def neutralise(text: str) -> tuple[str, int]:
    """Return the text without escape sequences and control characters, and how many went."""
    removed = 0

    def _drop(match: re.Match[str]) -> str:
        nonlocal removed
        removed += 1
        return ""

    text = _ESCAPES.sub(_drop, text)
    text = _CONTROLS.sub(_drop, text)
    # Tabs become spaces so that column layout never depends on the terminal.
    return text.replace("\t", "    "), removed
