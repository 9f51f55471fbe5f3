"""A lesson module: from __future__ comes right after the docstring."""
from __future__ import annotations
from __future__ import (division,
                        generator_stop)

import __future__


class Vector:
    dims: int = 2
    origin: Vector | None = None

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, other: Vector) -> Vector:
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, *factors: float, **opts: Options) -> list[Vector]:
        return [Vector(self.x * f, self.y * f) for f in factors]


v = Vector(1, 2).add(Vector(3, 4))
print(v.x, v.y)
print(Vector.add.__annotations__)
print(Vector.scaled.__annotations__)
print(Vector.__init__.__annotations__)
print(Vector.__annotations__)
count: Undefined = 3
print(__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.all_feature_names)
print(__future__.CO_FUTURE_ANNOTATIONS)
