# Relative imports inside a package: `from . import x`, `from .x import y`,
# and `from .. import` / `from ..x import y` in a subpackage.
import sys
import shapes

print(shapes.circle.__name__, shapes.circle_area(2))
print(shapes.circle_area is shapes.circle.area)

import shapes.inner.deep

print(shapes.inner.LEVEL, shapes.inner.PI)
print(shapes.inner.circle is shapes.circle)
print(shapes.inner.where())
print(shapes.inner.deep.describe())
print(shapes.inner.deep.square is shapes.square)

from shapes.inner import deep

print(deep is sys.modules["shapes.inner.deep"], deep.__package__)
print(sorted(name for name in sys.modules if name.startswith("shapes")))
