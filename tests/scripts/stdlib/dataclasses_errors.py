from dataclasses import dataclass, field, fields, asdict, astuple, replace


def attempt(make):
    try:
        make()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


def non_default_after_default():
    @dataclass
    class C:
        x: int = 0
        y: int


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        x: int
        y: dict = {}


def mutable_set():
    @dataclass
    class C:
        s: set = set()


def both_defaults():
    field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def own_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def own_hash_unsafe():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def no_annotation():
    @dataclass
    class C:
        x = field(default=1)


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


@dataclass
class P:
    x: int
    y: int = 2


for make in (non_default_after_default, mutable_list, mutable_dict, mutable_set,
             both_defaults, order_without_eq, own_lt, own_hash_unsafe, no_annotation,
             frozen_from_plain, plain_from_frozen,
             lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=3), lambda: P(1, x=2),
             lambda: fields(1), lambda: fields(object), lambda: asdict(P),
             lambda: astuple(3), lambda: replace(1), lambda: replace(P(1), z=1)):
    attempt(make)
