# A failed assert points at the last comparison of its test, through
# `and`, `or` and `not`.
low, high = 0, 5
assert low < high
assert not (high < low) and low >= 0
value = 9
assert low <= value and value <= high or not value
