# A circular pair of plain imports: the second module sees the first one
# partially initialised, and names looked up at call time work afterwards.
import _circ_a

print("main: imported _circ_a")
print(_circ_a.call_b())

import _circ_b

print(_circ_b.use_a())
print(_circ_b._circ_a is _circ_a, _circ_a._circ_b is _circ_b)
print(_circ_a.early)
