"""Names for type hints: what scripts import to annotate their code.

Annotations are for readers and tools; Python does not check them when the
program runs. This module gives each name what a script can see of it: a
readable repr (`typing.List[int]`), `get_origin`/`get_args`, subscripting,
and the few that do something at run time: `NamedTuple` and `TypedDict`
classes, `Generic` base classes, `Protocol` with `runtime_checkable`,
`TypeVar`, `NewType`, `cast`, `overload`.
"""

import abc
import sys

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    """How a type hint's argument is shown inside `typing.X[...]`."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _hint(arg):
    """An argument of a hint: None stands for its type."""
    return _NoneType if arg is None else arg


class _Final:
    """The objects of this module are not meant to be subclassed."""

    __slots__ = ()


class _SpecialForm(_Final):
    """`Any`, `Union`, `Optional`, `ClassVar`...: names with a meaning of
    their own, some of them subscriptable."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """A subscripted hint: `List[int]`, `Callable[[int], str]`, `S[int]`."""

    def __init__(self, origin, args, name=None, special=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(_hint(a) for a in args)
        self._name = name
        self._special = special
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name is None:
            head = _type_repr(self.__origin__)
        else:
            head = "typing." + self._name
        if self._special == "callable" and len(self.__args__) >= 1:
            *params, result = self.__args__
            if len(params) == 1 and params[0] is ...:
                return f"{head}[..., {_type_repr(result)}]"
            return f"{head}[[{', '.join(_type_repr(a) for a in params)}], {_type_repr(result)}]"
        if not self.__args__:
            return f"{head}[()]"
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        # `class S(Generic[T])` derives from Generic itself, unless another
        # base already brings it.
        if self.__origin__ is Generic:
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (
                        isinstance(b, type) and issubclass(b, Generic)):
                    return ()
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = _hint(p)
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(tuple(flat))


def _optional(form, param):
    return Union[param, None]


def _wrap_one(form, param):
    if isinstance(param, tuple):
        raise TypeError(f"{form} accepts only single type.")
    return _GenericAlias(form, (param,), name=form._name)


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    alias = _GenericAlias(form, (), name=form._name)
    alias.__args__ = params
    return alias


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _GenericAlias(params[0], (), name=None)
    alias.__args__ = (params[0],)
    alias.__metadata__ = params[1:]
    alias._repr = "typing.Annotated[" + ", ".join(
        [_type_repr(params[0])] + [repr(m) for m in params[1:]]) + "]"
    return alias


class _AnnotatedAlias:
    pass


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _wrap_one)
Final = _SpecialForm("Final", _wrap_one)
TypeGuard = _SpecialForm("TypeGuard", _wrap_one)
Literal = _SpecialForm("Literal", _literal)
Annotated = _SpecialForm("Annotated", _annotated)


class _Alias(_Final):
    """`List`, `Dict`, `Iterator`...: a builtin or abstract type under its
    typing name, subscriptable."""

    def __init__(self, name, origin, nparams, special=None):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams
        self._special = special

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special == "callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ...:
                return _GenericAlias(self.__origin__, (..., result), self._name, "callable")
            return _GenericAlias(self.__origin__, tuple(args) + (result,), self._name, "callable")
        if self._special == "tuple":
            if params == ((),):
                params = ()
            return _GenericAlias(self.__origin__, params, self._name)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use "
                        f"{self.__origin__.__name__}() instead")

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


List = _Alias("List", list, 1)
Dict = _Alias("Dict", dict, 2)
Set = _Alias("Set", set, 1)
FrozenSet = _Alias("FrozenSet", frozenset, 1)
Tuple = _Alias("Tuple", tuple, -1, "tuple")
Type = _Alias("Type", type, 1)
Text = str


def _abc(name, nparams, special=None):
    import collections.abc as cabc
    return _Alias(name, getattr(cabc, name), nparams, special)


Callable = _abc("Callable", -1, "callable")
Iterable = _abc("Iterable", 1)
Iterator = _abc("Iterator", 1)
Generator = _abc("Generator", 3)
Reversible = _abc("Reversible", 1)
Container = _abc("Container", 1)
Collection = _abc("Collection", 1)
Sequence = _abc("Sequence", 1)
MutableSequence = _abc("MutableSequence", 1)
Mapping = _abc("Mapping", 2)
MutableMapping = _abc("MutableMapping", 2)
MutableSet = _abc("MutableSet", 1)
AbstractSet = _Alias("AbstractSet", Set.__origin__, 1)
Sized = _abc("Sized", 0)
Hashable = _abc("Hashable", 0)
Awaitable = _abc("Awaitable", 1)
Coroutine = _abc("Coroutine", 3)
AsyncIterable = _abc("AsyncIterable", 1)
AsyncIterator = _abc("AsyncIterator", 1)
AsyncGenerator = _abc("AsyncGenerator", 2)
KeysView = _abc("KeysView", 1)
ValuesView = _abc("ValuesView", 1)
ItemsView = _abc("ItemsView", 2)
MappingView = _abc("MappingView", 1)
AbstractSet = _abc("Set", 1)
AbstractSet._name = "AbstractSet"


class TypeVar(_Final):
    """A type variable: `T = TypeVar("T")`, for generic functions and classes."""

    __slots__ = ("__name__", "__bound__", "__constraints__", "__covariant__",
                 "__contravariant__")

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar):
    """A parameter specification variable (`P = ParamSpec("P")`)."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant,
                         contravariant=contravariant)


class Generic:
    """The base of generic classes: `class Stack(Generic[T])`; then
    `Stack[int]` is a hint for a stack of ints."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError("Parameters to Generic[...] must all be type variables "
                                    "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError("Parameters to Generic[...] must all be unique")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for a in getattr(base, "__parameters__", ()):
                if a not in params:
                    params.append(a)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(instance, name) for name in cls._protocol_members)
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A class that names the methods an object must have; with
    @runtime_checkable, isinstance() checks that they are there."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        is_protocol = any(b is Protocol or getattr(b, "__orig_bases__", None) is not None
                          and b is Generic for b in cls.__bases__) or Protocol in cls.__bases__
        cls._is_protocol = is_protocol
        members = set()
        for base in cls.__mro__[:-1]:
            if base.__name__ in ("Protocol", "Generic", "object"):
                continue
            for name in base.__dict__:
                if not name.startswith("_"):
                    members.add(name)
        cls._protocol_members = members
        if is_protocol and "__init__" not in cls.__dict__:
            def _no_init(self, *args, **kwargs):
                if type(self)._is_protocol:
                    raise TypeError("Protocols cannot be instantiated")
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Let isinstance() check a Protocol class (by its methods' names)."""
    if not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


class _NamedTupleMeta(type):
    """Makes `class Point(NamedTuple): x: int` a namedtuple class."""

    def __new__(mcls, typename, bases, ns):
        if ns.get("_root"):
            return super().__new__(mcls, typename, bases, ns)
        import collections
        annotations = ns.get("__annotations__", {})
        fields = tuple(annotations)
        defaults = {}
        for f in fields:
            if f in ns:
                defaults[f] = ns[f]
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {f} cannot follow "
                                f"default field{'s' if len(defaults) > 1 else ''} "
                                + ", ".join(defaults))
        skip = set(fields) | {"__annotations__", "__module__", "__qualname__",
                              "__orig_bases__"}
        extra = {k: v for k, v in ns.items() if k not in skip}
        cls = collections._make(typename, fields, defaults,
                                ns.get("__module__", "__main__"), extra)
        cls.__annotations__ = dict(annotations)
        return cls


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


def NamedTuple(typename, fields=None, /, **kwargs):
    """A tuple class with named fields: `class Point(NamedTuple): x: int`
    or `NamedTuple("Point", [("x", int), ("y", int)])`."""
    import collections
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    cls = collections._make(typename, tuple(f for f, _ in fields), {}, "__main__")
    cls.__annotations__ = dict(fields)
    return cls


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    """A dict whose keys and their value types are declared as a class:
    `class Movie(TypedDict): title: str`; `Movie(title="x")` is a dict."""

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__total__ = total
        keys = frozenset(cls.__dict__.get("__annotations__", {}))
        cls.__required_keys__ = keys if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else keys


def NewType(name, tp):
    """A distinct name for a type, for type checkers: `UserId = NewType("UserId",
    int)`; at run time, calling it returns its argument."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    """Tell a type checker that `val` has type `typ`; returns `val`."""
    return val


def overload(func):
    """Mark one of several signatures of a function, for type checkers."""
    def overloaded(*args, **kwargs):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return overloaded


def final(f):
    """Mark a class or method as final, for type checkers."""
    return f


def no_type_check(arg):
    """Ask type checkers to skip `arg`."""
    return arg


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def get_origin(tp):
    """The unsubscripted form of a hint: `get_origin(List[int])` is `list`."""
    if isinstance(tp, _UnionAlias):
        return Union
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    origin = getattr(tp, "__origin__", None)
    if origin is not None and not isinstance(tp, _Alias):
        return origin
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted hint: `get_args(Dict[str, int])`."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if getattr(tp, "_special", None) == "callable" and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return getattr(tp, "__args__", ())


def get_type_hints(obj, globalns=None, localns=None):
    """The annotations of a function, class or module, with the ones written
    as strings evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            module = sys.modules.get(base.__module__)
            ns = globalns if globalns is not None else getattr(module, "__dict__", {})
            for name, value in ann.items():
                hints[name] = _evaluate(value, ns, localns or dict(vars(base)))
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            module = sys.modules.get(getattr(obj, "__module__", None))
            globalns = getattr(module, "__dict__", {})
    return {name: _evaluate(value, globalns, localns) for name, value in ann.items()}


def _evaluate(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


__all__ = [
    "Any", "AnyStr", "Annotated", "AsyncGenerator", "AsyncIterable", "AsyncIterator",
    "Awaitable", "Callable", "ClassVar", "Collection", "Container", "Coroutine", "Dict",
    "Final", "FrozenSet", "Generator", "Generic", "Hashable", "ItemsView", "Iterable",
    "Iterator", "KeysView", "List", "Literal", "LiteralString", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "Never", "NewType",
    "NoReturn", "Optional", "ParamSpec", "Protocol", "Reversible", "Self", "Sequence",
    "Set", "Sized", "Text", "Tuple", "Type", "TypeAlias", "TypeGuard", "TypeVar",
    "TypedDict", "Union", "ValuesView", "TYPE_CHECKING", "AbstractSet", "assert_never",
    "cast", "final", "get_args", "get_origin", "get_type_hints", "no_type_check",
    "overload", "reveal_type", "runtime_checkable",
]
