# typing: the names scripts import for their hints, with CPython's reprs;
# NamedTuple, TypedDict, Generic, Protocol; collections.namedtuple and
# collections.abc with its mixin methods and registered builtin types.
import typing as t
from typing import List, Dict, Optional, Union, Any, Tuple, Callable, Iterator, TypeVar, Generic, NamedTuple, TypedDict, Protocol, runtime_checkable, cast, overload, TYPE_CHECKING
T = t.TypeVar('T'); K = t.TypeVar('K', bound=int)
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, None, str], t.Optional[t.Union[int,str]])
print(t.Callable[[int, str], bool], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Any, T, K, t.Literal['a', 1], t.Iterator[int], t.Generator[int, None, None])
print(t.Union[int], t.Union[int, int], t.get_origin(t.List[int]), t.get_args(t.Dict[str,int]), t.get_origin(t.Optional[int]), t.ClassVar[int], t.Final[int], t.Type[int], t.Sequence[str], t.Mapping[str, int])
class S(t.Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
print(S[int], S.__mro__, S.__orig_bases__, t.Set[int], t.FrozenSet[int])
s = S(); s.push(3); print(s.items, S.__parameters__)
print(t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int], T.__name__, t.NewType('UserId', int)(5))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.x, p[1], p.norm(), Point(1), Point._fields, p._asdict(), p._replace(x=9), isinstance(p, tuple), Point.__annotations__)
x, y = p; print(x, y, len(p), p == (3, -4))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009); print(m, type(m).__name__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer), cast(int, "x"), TYPE_CHECKING)
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([1, 2]), first.__annotations__)
print(isinstance([], t.List), isinstance({}, t.Iterable), isinstance(iter([]), Iterator), issubclass(list, t.Sequence))
print(t.get_type_hints(first))
from collections import namedtuple
Card = namedtuple("Card", "rank suit")
c = Card("A", "spades"); print(c, c.rank, Card._fields, Card._make(["K", "hearts"]))
import collections.abc as cabc
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, cabc.Mapping), isinstance(range(3), cabc.Sequence), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
class Bag(cabc.Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag(a=1, b=2)
print(b.get("a"), b.get("z", 0), "a" in b, list(b.keys()), list(b.items()), list(b.values()), b == {"a": 1, "b": 2})
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
