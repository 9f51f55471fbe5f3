"""The shapes package: its __init__ pulls in a submodule with relative imports."""
print("shapes: __init__ running as", __name__, "in package", __package__)
from . import circle
from .circle import area as circle_area

NAME = "shapes"
