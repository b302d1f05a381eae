"""The thresholds `+` and `-` step through when re-aligning."""

from __future__ import annotations

# `+` and `-` move along these thresholds, from whatever threshold the story was aligned at.
THRESHOLD_LADDER = (
    0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10, 0.12, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90,
)


def next_threshold(current: float, direction: int) -> float | None:
    """The next threshold up (direction 1) or down (-1) the ladder, or None at its end."""
    if direction > 0:
        return next((t for t in THRESHOLD_LADDER if t > current + 1e-9), None)
    return next((t for t in reversed(THRESHOLD_LADDER) if t < current - 1e-9), None)
