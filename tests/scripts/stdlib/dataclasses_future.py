from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar


@dataclass
class Config:
    name: str
    retries: int = 3
    limit: ClassVar[int] = 10
    other: typing.ClassVar[str] = "shared"
    seed: InitVar[int] = 0
    also: dataclasses.InitVar[int] = 1
    values: list[int] = field(default_factory=list)

    def __post_init__(self, seed, also):
        self.values.append(seed + also)


c = Config("c", seed=5)
print(c, Config.limit, Config.other)
print([(f.name, f.type) for f in fields(Config)])
print(Config.__dataclass_fields__["limit"]._field_type, Config.__dataclass_fields__["seed"]._field_type)
print(Config.__annotations__["retries"], Config.__doc__)
