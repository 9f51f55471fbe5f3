"""Half of an import cycle: imports _circ_b, which imports this module back."""
print("_circ_a: start")
early = "defined before importing _circ_b"

import _circ_b

print("_circ_a: back from importing _circ_b")


def late():
    return "late() from _circ_a"


def call_b():
    return _circ_b.use_a()


print("_circ_a: end")
