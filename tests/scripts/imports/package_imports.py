# The forms of importing a package's submodule.
import sys
import shapes.square

print(shapes.__name__, shapes.square.__name__)
print("shapes" in globals(), "square" in globals())
print(hasattr(shapes, "square"))

import shapes.square as sq

print(sq is shapes.square, sq.__name__)

from shapes import square

print(square is sq)

from shapes.square import side_area, SIDES

print(side_area(3), SIDES)
print(shapes.__package__, shapes.square.__package__)
print(hasattr(shapes, "__path__"), hasattr(shapes.square, "__path__"))
print(shapes.NAME, shapes.circle_area(1))
print(sorted(name for name in sys.modules if name.startswith("shapes")))
