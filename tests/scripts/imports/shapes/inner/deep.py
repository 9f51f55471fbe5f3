print("shapes.inner.deep: loading as", __name__, "in package", __package__)
from .. import square
from ..circle import area
from . import LEVEL


def where():
    return __name__ + " at level " + str(LEVEL)


def describe():
    return "square has %d sides, circle area(1) = %s" % (square.SIDES, area(1))
