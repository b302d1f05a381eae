"""The Textual browser over a Story."""
