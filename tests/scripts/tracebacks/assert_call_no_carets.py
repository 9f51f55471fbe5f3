# A failed assert whose test is a call has no carets (CPython points at the
# whole statement).
def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))


assert is_sorted([1, 2, 3])
assert is_sorted([3, 1, 2]), "not sorted"
