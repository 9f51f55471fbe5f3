# Three dots from shapes.inner.too_far go above the top-level package.
from ... import anything
