"""Container datatypes beyond the builtin ones.

pyslot provides `namedtuple` and the abstract base classes in
`collections.abc` so far; `deque`, `defaultdict`, `Counter`, `OrderedDict`
and `ChainMap` are not provided yet.
"""


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also named attributes:
    `Point = namedtuple("Point", "x y")`; `Point(1, 2).x == 1`."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = [str(f) for f in field_names]
    seen = set()
    for i, name in enumerate(fields):
        bad = (not name.isidentifier() or name.startswith("_") or name in seen
               or name in ("and", "class", "def", "for", "if", "in", "is", "not", "or",
                           "return", "while", "with", "yield", "None", "True", "False"))
        if bad and rename:
            fields[i] = name = f"_{i}"
        seen.add(name)
    for name in [typename] + fields:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: "
                             f"{name!r}")
    seen = set()
    for name in fields:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    if module is None:
        module = "__main__"
    return _make(typename, tuple(fields), field_defaults, module)


def _make(name, fields, defaults, module, extra=None):
    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(fields):
            raise TypeError(f"{name}.__new__() takes {len(fields) + 1} positional "
                            f"arguments but {len(values) + 1} were given")
        for f in fields[len(values):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in defaults:
                values.append(defaults[f])
            else:
                missing = [m for m in fields[len(values):]
                           if m not in kwargs and m not in defaults]
                names = [repr(m) for m in missing]
                if len(names) > 1:
                    names = [", ".join(names[:-1]), names[-1]]
                raise TypeError(f"{name}.__new__() missing {len(missing)} required "
                                f"positional argument{'s' if len(missing) > 1 else ''}: "
                                + " and ".join(names))
        if kwargs:
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument "
                            f"{next(iter(kwargs))!r}")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        """A dict of the field names and their values."""
        return dict(zip(fields, self))

    def _replace(self, /, **changes):
        """A copy with some fields changed."""
        values = [changes.pop(f, v) for f, v in zip(fields, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        """An instance from an iterable of the field values."""
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": f"{name}({', '.join(fields)})",
        "__slots__": (),
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": _make,
        "__getnewargs__": __getnewargs__,
        "_fields": fields,
        "_field_defaults": dict(defaults),
        "__match_args__": fields,
        "__module__": module,
    }
    for i, f in enumerate(fields):
        namespace[f] = property(lambda self, i=i: self[i],
                                doc=f"Alias for field number {i}")
    if extra:
        namespace.update(extra)
    return type(name, (tuple,), namespace)
