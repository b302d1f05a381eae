"""storydiff: see where several reports of one story agree and where they diverge."""

__version__ = "0.1.0"
