"""No __all__: a star import takes every name not starting with an underscore."""
import sys
from math import sqrt
import math as _math

RED = "red"
_secret = "kept out of star imports"


def paint(thing):
    return thing + " painted " + RED


class Brush:
    size = 3


def _hidden():
    return _math.pi
