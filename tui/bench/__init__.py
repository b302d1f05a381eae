"""The scale benchmark: generated piles of one story, and what the engine makes of them."""
