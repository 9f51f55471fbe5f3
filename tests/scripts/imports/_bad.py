"""Fails while being imported."""
print("_bad: starting to load")
value = 1
raise ValueError("_bad refuses to load")
