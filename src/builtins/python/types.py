"""Part of CPython's types module: the types behind `list[int]` and `int | str`."""


def _type_repr(obj):
    """How a type prints inside an alias or a union: `int`, `__main__.Point`."""
    if obj is type(None):
        return "None"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


class GenericAlias:
    """`list[int]`: the origin type with its arguments, for annotations.
    Calling it makes an instance of the origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        inner = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{_type_repr(self.__origin__)}[{inner}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        # `class Row(tuple[int, str])` derives from the origin (PEP 560).
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __getitem__(self, item):
        raise TypeError(f"{self!r} is not a generic class")

    def __or__(self, other):
        return UnionType(self, other)

    def __ror__(self, other):
        return UnionType(other, self)


class UnionType:
    """`int | str`: accepted by isinstance and issubclass."""

    def __init__(self, *args):
        flat = []
        for a in args:
            parts = a.__args__ if isinstance(a, UnionType) else (a,)
            for p in parts:
                if p is None:
                    p = type(None)
                if p not in flat:
                    flat.append(p)
        self.__args__ = tuple(flat)

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return UnionType(self, other)

    def __ror__(self, other):
        return UnionType(other, self)


GenericAlias.__module__ = "types"
UnionType.__module__ = "types"
NoneType = type(None)
FunctionType = type(_type_repr)


def _generator():
    yield


async def _coroutine():
    pass


async def _async_generator():
    yield


GeneratorType = type(_generator())
_c = _coroutine()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_async_generator())
del _c
