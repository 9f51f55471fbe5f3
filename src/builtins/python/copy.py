"""Shallow and deep copies of objects.

    copy.copy(x)      a new object of x's type holding the same items or
                      attributes as x (the objects themselves, not copies)
    copy.deepcopy(x)  a new object whose items and attributes are in turn
                      deep copies, each object copied once, so shared
                      objects stay shared and cycles stay cycles

A class changes how its instances are copied with `__copy__(self)` and
`__deepcopy__(self, memo)`; `memo` is the dict from the id of each object
already copied to its copy. Otherwise an object is taken apart and rebuilt
the way pickle does it: `__reduce_ex__(4)` or `__reduce__()` when the class
defines one, else its class, the arguments of `__getnewargs__`, its
`__dict__` and `__slots__` values, and its items for list and dict
subclasses.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Class:
    def method(self):
        pass


# Stands for "no value" where None is a value.
_ABSENT = object()

# Objects of these types never change, so a copy (shallow or deep) is the
# object itself.
_IMMUTABLE = {
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex,
    str, bytes, range, slice, type, property, type(_function), type(len),
}
_MethodType = type(_Class().method)

# Builtin types with a copy method giving a shallow copy.
_SHALLOW_BY_METHOD = {list, dict, set, bytearray}


def copy(x):
    """A new object like x holding the same items and attributes (not
    copies of them); x itself when x cannot change."""
    cls = type(x)
    if cls in _IMMUTABLE or cls in (tuple, frozenset) or issubclass(cls, type):
        return x
    if cls in _SHALLOW_BY_METHOD:
        return cls.copy(x)
    if cls is _MethodType:
        # A bound method: the same function bound to the same object.
        return x.__func__.__get__(x.__self__)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    recipe = _reduce(x, "shallow")
    if isinstance(recipe, str):
        return x
    return _rebuild(x, None, *recipe)


def deepcopy(x, memo=None):
    """A new object like x whose items and attributes are deep copies in
    turn. memo maps the id of each object copied so far to its copy: an
    object reached twice is copied once."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _ABSENT)
    if done is not _ABSENT:
        return done

    cls = type(x)
    if cls in _IMMUTABLE or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # Copying the items may have copied this tuple already (a cycle
        # through a list inside it): the copy must be that one.
        if key in memo:
            return memo[key]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        # A bound method: the same function bound to a copy of its object.
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            recipe = _reduce(x, "deep")
            if isinstance(recipe, str):
                y = x
            else:
                y = _rebuild(x, memo, *recipe)

    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as memo: the memo's keys are ids, and an id
    may be reused by a new object once its object is gone."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, kind):
    """How to rebuild x: a tuple (callable, args[, state[, listitems[,
    dictitems]]]) as `__reduce_ex__` returns, or a string when x is a
    global name that stands for itself."""
    cls = type(x)
    reduce_ex = getattr(cls, "__reduce_ex__", _ABSENT)
    if reduce_ex is not None and reduce_ex is not _ABSENT:
        return reduce_ex(x, 4)
    reduce = getattr(cls, "__reduce__", _ABSENT)
    if reduce is not None and reduce is not _ABSENT:
        return reduce(x)
    if reduce is None or reduce_ex is None:
        raise Error(f"un({kind})copyable object of type {cls}")
    return _default_reduce(x)


def _default_reduce(x):
    """The recipe of an object whose class defines no way to reduce it:
    its class's __new__ with the arguments of __getnewargs__, then its
    state (its __dict__ and __slots__ values, or what __getstate__ gives)
    and, for list and dict subclasses, its items. Instances of set,
    frozenset and bytearray subclasses are made by calling their class
    with their items."""
    cls = type(x)
    if cls.__module__ == "builtins" and not isinstance(x, BaseException):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if getattr(cls, "__getstate__", None) is not None:
        state = x.__getstate__()
    else:
        state = _state(x)
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), state
    if isinstance(x, bytearray):
        return cls, (bytes(x),), state
    if isinstance(x, BaseException):
        args = x.args
    elif hasattr(cls, "__getnewargs__"):
        args = x.__getnewargs__()
    elif isinstance(x, complex):
        args = (complex(x),)
    else:
        args = ()
    list_items = iter(x) if isinstance(x, list) else None
    dict_items = iter(x.items()) if isinstance(x, dict) else None
    return _new_object, (cls, *args), state, list_items, dict_items


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _state(x):
    """x's __dict__ (None when empty), paired with a dict of the values of
    its __slots__ when it has any set."""
    attrs = getattr(x, "__dict__", None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return attrs, slots
    return attrs


def _slot_names(cls):
    """The names of the slots declared by cls and the classes it derives
    from, as attributes (a private `__name` in class C is `_C__name`)."""
    names = []
    for c in cls.__mro__:
        declared = c.__dict__.get("__slots__", ())
        if isinstance(declared, str):
            declared = (declared,)
        for name in declared:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{c.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _rebuild(x, memo, func, args, state=None, list_items=None, dict_items=None):
    """Makes the copy from a recipe: calls func(*args), then sets the state
    and adds the items; deep when memo is given (a dict), copying args,
    state and items too."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)

    if list_items is not None:
        if deep:
            for item in list_items:
                y.append(deepcopy(item, memo))
        else:
            y.extend(list_items)

    if dict_items is not None:
        for k, v in dict_items:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


del _function, _Class
