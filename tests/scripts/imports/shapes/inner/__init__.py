"""A subpackage reaching its parent package with `..`."""
print("shapes.inner: __init__ running as", __name__, "in package", __package__)
LEVEL = 2
from .. import circle
from ..circle import PI
from .deep import where
