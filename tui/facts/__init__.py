"""Facts: dates, times, numbers, names and claims, and where articles diverge on them."""
