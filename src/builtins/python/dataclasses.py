"""Data classes: `@dataclass` reads a class's annotated attributes (its
fields) and writes the methods such a class always needs: `__init__`,
`__repr__`, `__eq__`, and on request ordering, hashing, frozen instances
and `__slots__`.

The methods are generated as Python source and run with `exec`, so
`__init__` has real parameters (and CPython's errors for missing ones).
With `slots=True` the decorator returns a new class whose `__slots__` are
the fields: its instances keep the values in named slots and have no
`__dict__` (compare `sizeof` and `layout` with and without).
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "replace",
           "is_dataclass", "make_dataclass"]


class _MISSING_TYPE:
    """The type of MISSING: "no value given" where None is a value."""


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


# The default of an `__init__` parameter whose field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen dataclass instance."""


class InitVar:
    """`x: InitVar[int]`: a parameter of `__init__` (passed on to
    `__post_init__`) that is not a field."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None)
        if isinstance(self.type, type) and name is not None:
            return "dataclasses.InitVar[%s]" % name
        return "dataclasses.InitVar[%r]" % (self.type,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class _KW_ONLY_TYPE:
    """`_: KW_ONLY`: the fields after it are keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()

# What kind of field a class attribute is.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """One field of a dataclass, as `fields()` returns it."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,"
                "repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field beyond its default: a factory for mutable defaults,
    or leave it out of `__init__`, `__repr__` or comparisons."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------- fields

def _string_names(annotation, *names):
    """Whether a string annotation names one of `names`, possibly
    subscripted (`"ClassVar[int]"`, `"typing.ClassVar"`)."""
    head = annotation.strip().split("[", 1)[0].strip()
    return head in names


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return _string_names(annotation, "ClassVar", "typing.ClassVar", "t.ClassVar")
    typing = __import__("typing")
    if annotation is typing.ClassVar:
        return True
    return getattr(annotation, "__origin__", None) is typing.ClassVar


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return _string_names(annotation, "InitVar", "dataclasses.InitVar")
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only_marker(annotation):
    if isinstance(annotation, str):
        return _string_names(annotation, "KW_ONLY", "dataclasses.KW_ONLY")
    return annotation is KW_ONLY


def _own_field(cls, name, annotation, kw_only):
    """The Field for one annotated name of the class body."""
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type != _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR) and f.kw_only is MISSING:
        f.kw_only = kw_only
    # A mutable default would be shared by every instance.
    if (f._field_type == _FIELD and f.default is not MISSING
            and type(f.default).__hash__ is None):
        raise ValueError("mutable default %r for field %s is not allowed: "
                         "use default_factory" % (type(f.default), name))
    return f


def _collect_fields(cls, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        inherited = base.__dict__.get("__dataclass_fields__")
        if inherited is not None:
            for f in inherited.values():
                fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    seen_marker = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if seen_marker:
                raise TypeError("'KW_ONLY' already specified")
            seen_marker = True
            kw_only = True
            continue
        fields[name] = _own_field(cls, name, annotation, kw_only)
        # The class keeps a plain default; a Field object is replaced.
        if isinstance(cls.__dict__.get(name), Field):
            if fields[name].default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, fields[name].default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)
    return fields


# ---------------------------------------------------------------- methods

def _make_function(name, params, body_lines, namespace, qualname):
    """Build a function from its source lines with `exec`."""
    source = "def %s(%s):\n" % (name, ", ".join(params))
    source += "".join("    %s\n" % line for line in body_lines or ["pass"])
    exec(source, namespace)
    function = namespace[name]
    function.__qualname__ = "%s.%s" % (qualname, name)
    return function


def _init_method(cls, fields, frozen, has_post_init, slots):
    namespace = {"_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                 "_object_setattr": object.__setattr__, "MISSING": MISSING}
    positional = []
    keyword = []
    seen_default = None
    for f in fields:
        if not f.init or f._field_type == _FIELD_CLASSVAR:
            continue
        if f.default is not MISSING:
            namespace["_default_" + f.name] = f.default
            param = "%s=_default_%s" % (f.name, f.name)
        elif f.default_factory is not MISSING:
            param = "%s=_HAS_DEFAULT_FACTORY" % f.name
        else:
            param = f.name
        if f.kw_only:
            keyword.append(param)
            continue
        if param == f.name and seen_default is not None:
            raise TypeError("non-default argument %r follows default argument" % f.name)
        if param != f.name:
            seen_default = f.name
        positional.append(param)
    params = ["self"] + positional
    if keyword:
        params += ["*"] + keyword
    body = []
    for f in fields:
        if f._field_type != _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace["_factory_" + f.name] = f.default_factory
            if f.init:
                value = ("_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s"
                         % (f.name, f.name, f.name))
            else:
                value = "_factory_%s()" % f.name
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # A slotted class has no class attribute to fall back on.
            namespace["_default_" + f.name] = f.default
            value = "_default_" + f.name
        else:
            continue
        if frozen:
            body.append("_object_setattr(self, %r, %s)" % (f.name, value))
        else:
            body.append("self.%s = %s" % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type == _FIELD_INITVAR]
        body.append("self.__post_init__(%s)" % ", ".join(initvars))
    return _make_function("__init__", params, body, namespace, cls.__qualname__)


_repr_running = set()


def _repr_method(cls, fields):
    shown = [f.name for f in fields if f._field_type == _FIELD and f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (name, getattr(self, name)) for name in shown]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


def _compared(self, fields):
    return tuple(getattr(self, f.name) for f in fields
                 if f._field_type == _FIELD and f.compare)


def _comparison(cls, fields, name, test):
    def method(self, other):
        if other.__class__ is self.__class__:
            return test(_compared(self, fields), _compared(other, fields))
        return NotImplemented

    method.__name__ = name
    method.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return method


def _hash_method(cls, fields):
    hashed = [f for f in fields if f._field_type == _FIELD
              and (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))

    __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
    return __hash__


def _frozen_methods(cls, field_names, owner):
    def __setattr__(self, name, value):
        if type(self) is owner[0] or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(owner[0], self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is owner[0] or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(owner[0], self).__delattr__(name)

    __setattr__.__qualname__ = cls.__qualname__ + ".__setattr__"
    __delattr__.__qualname__ = cls.__qualname__ + ".__delattr__"
    return __setattr__, __delattr__


def _set_new(cls, name, value):
    """Add a generated method unless the class body wrote its own."""
    if name in cls.__dict__:
        return False
    setattr(cls, name, value)
    return True


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,"
                "frozen=%r)" % (self.init, self.repr, self.eq, self.order,
                                self.unsafe_hash, self.frozen))


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_text(fields):
    """`(x: int, y: int = 0)`: the generated `__init__`'s signature, the
    class's docstring when it has none."""
    positional = []
    keyword = []
    for f in fields:
        if not f.init or f._field_type == _FIELD_CLASSVAR:
            continue
        text = "%s: %s" % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            text += " = %r" % (f.default,)
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        (keyword if f.kw_only else positional).append(text)
    if keyword:
        positional += ["*"] + keyword
    return "(%s)" % ", ".join(positional)


def _slotted_copy(cls, fields):
    """A new class like `cls` whose `__slots__` are its own fields."""
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(base.__dict__.get("__slots__", ()))
    names = tuple(f.name for f in fields
                  if f._field_type == _FIELD and f.name not in inherited)
    namespace = {}
    for key, value in cls.__dict__.items():
        if key in names or key in ("__dict__", "__weakref__"):
            continue
        namespace[key] = value
    namespace["__slots__"] = names
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__
    return new_cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_fields = _collect_fields(cls, kw_only)
    # A frozen dataclass and a mutable one cannot inherit from each other.
    for base in cls.__mro__[1:]:
        params = base.__dict__.get("__dataclass_params__")
        if params is not None:
            if params.frozen and not frozen:
                raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
            if frozen and not params.frozen:
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
            break
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)
    field_list = list(all_fields.values())
    own_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (own_hash is MISSING
                             or (own_hash is None and "__eq__" in cls.__dict__))
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new(cls, "__init__",
                 _init_method(cls, field_list, frozen, has_post_init, slots))
    if repr:
        _set_new(cls, "__repr__", _repr_method(cls, field_list))
    if eq:
        _set_new(cls, "__eq__",
                 _comparison(cls, field_list, "__eq__", lambda a, b: a == b))
    if order:
        tests = [("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                 ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)]
        for name, test in tests:
            if not _set_new(cls, name, _comparison(cls, field_list, name, test)):
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering"
                                % (name, cls.__name__))
    owner = [cls]
    if frozen:
        field_names = tuple(all_fields)
        for method in _frozen_methods(cls, field_names, owner):
            if method.__name__ in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (method.__name__, cls.__name__))
            setattr(cls, method.__name__, method)
    # Hashing: CPython's table of (unsafe_hash, eq, frozen, explicit hash).
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s"
                            % cls.__name__)
        cls.__hash__ = _hash_method(cls, field_list)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_method(cls, field_list)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args:
        _set_new(cls, "__match_args__",
                 tuple(f.name for f in field_list
                       if f.init and not f.kw_only and f._field_type != _FIELD_CLASSVAR))
    if slots:
        cls = _slotted_copy(cls, field_list)
        owner[0] = cls
    if cls.__dict__.get("__doc__") is None:
        cls.__doc__ = cls.__name__ + _signature_text(field_list)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add `__init__`, `__repr__`, `__eq__` (and more on request) to a
    class from its annotated fields. Used as `@dataclass` or
    `@dataclass(frozen=True, ...)`."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------- helpers

def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), in order; InitVar
    and ClassVar pseudo-fields left out."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    """Whether `obj` is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def _convert(obj, make_dict, make_tuple, outer):
    if _is_dataclass_instance(obj):
        return outer(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, make_dict, make_tuple, outer) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_dict, make_tuple, outer) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_dict, make_tuple, outer),
                          _convert(v, make_dict, make_tuple, outer))
                         for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def outer(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name), None, None, outer))
                             for f in fields(instance)])

    return outer(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its fields, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def outer(instance):
        return tuple_factory([_convert(getattr(instance, f.name), None, None, outer)
                              for f in fields(instance)])

    return outer(obj)


def replace(obj, /, **changes):
    """A new instance like `obj` with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot "
                                 "be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Make a dataclass from a list of field names or (name, type[, Field])
    tuples."""
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            body[item[0]] = item[2]
    body["__annotations__"] = annotations
    cls = type(cls_name, bases, body)
    return dataclass(cls, **options)
