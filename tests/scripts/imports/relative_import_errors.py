# Relative imports that cannot work: from a script with no package, above the
# top-level package, and of a sibling that does not exist.
try:
    from . import _helper
except ImportError as e:
    print(type(e).__name__ + ":", e)

try:
    import shapes.inner.too_far
except ImportError as e:
    print(type(e).__name__ + ":", e)

try:
    import shapes.broken_rel
except ImportError as e:
    print(type(e).__name__ + ":", e)
    print(e.name)

import sys

print("shapes.inner" in sys.modules, "shapes.inner.too_far" in sys.modules)
print("shapes.broken_rel" in sys.modules)
