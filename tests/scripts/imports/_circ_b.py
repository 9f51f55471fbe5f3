"""Other half of the cycle: sees _circ_a only partially initialised."""
import sys

print("_circ_b: start")

import _circ_a

print("_circ_b: _circ_a in sys.modules:", "_circ_a" in sys.modules)
print("_circ_b: _circ_a.early =", _circ_a.early)
print("_circ_b: _circ_a has late yet:", hasattr(_circ_a, "late"))


def use_a():
    # Looked up at call time, when _circ_a has finished loading.
    return "_circ_b calls " + _circ_a.late()


print("_circ_b: end")
