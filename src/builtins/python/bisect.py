"""Binary search in sorted lists, and insertion that keeps them sorted.

The functions are native (`_bisect`), as CPython's are; each takes
`(a, x, lo=0, hi=None, *, key=None)`, key applied to the items of a (and,
when inserting, to x)."""

from _bisect import bisect_right, bisect_left, insort_right, insort_left

bisect = bisect_right
insort = insort_right
