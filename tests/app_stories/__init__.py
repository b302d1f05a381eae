"""Test articles for the browser, a hand-made story over them, and pilot helpers."""
