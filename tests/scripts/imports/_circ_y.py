"""The other half of the broken cycle."""
print("_circ_y: start")
from _circ_x import y


def helper():
    return "helper"


print("_circ_y: end")
