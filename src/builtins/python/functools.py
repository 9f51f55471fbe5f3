"""Tools for functions: reduce, partial, wraps, lru_cache, cache,
total_ordering, cmp_to_key, cached_property, singledispatch."""

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "partialmethod", "singledispatch", "singledispatchmethod",
           "cached_property"]

_unset = object()


# reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]): combine the items from left to
    right: reduce(lambda x, y: x + y, [1, 2, 3, 4]) is ((1 + 2) + 3) + 4."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else _unset
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    value = initial
    if value is _unset:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in it:
        value = function(value, item)
    return value


# update_wrapper and wraps

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, docstring and the other
    `assigned` attributes, merge the `updated` dicts, and set
    wrapper.__wrapped__ = wrapped. Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: `@wraps(f)` above a wrapper
    function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# partial

class partial:
    """partial(func, *args, **keywords): a callable that calls func with
    args and keywords first, then the arguments it is given."""

    __slots__ = ("func", "args", "keywords", "__dict__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:
            # Flatten: partial(partial(f, 1), 2) is partial(f, 1, 2).
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        name = "functools.partial" if type(self) is partial else type(self).__name__
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        return f"{name}({', '.join(parts)})"


class partialmethod:
    """Like partial, for methods: the instance comes before the stored
    arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if obj is None or get is None:
            return partial(self.func, *self.args, **self.keywords)
        return partial(get(obj, cls), *self.args, **self.keywords)


# lru_cache and cache

def _make_cache_info():
    from collections import namedtuple
    return namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


_CacheInfo = _make_cache_info()
_keywords_mark = object()


def _make_key(args, kwds, typed):
    if not typed and not kwds and len(args) == 1 and type(args[0]) in (int, str):
        # A lone int or str is its own key (so f(1) and f(1.0) differ).
        return args[0]
    key = args
    if kwds:
        key += (_keywords_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(arg) for arg in args)
        if kwds:
            key += tuple(type(value) for value in kwds.values())
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = misses = 0

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        if maxsize == 0:
            misses += 1
            return user_function(*args, **kwds)
        key = _make_key(args, kwds, typed)
        result = cache.get(key, _unset)
        if result is not _unset:
            hits += 1
            if maxsize is not None:
                # Move the entry to the end: the most recently used.
                del cache[key]
                cache[key] = result
            return result
        misses += 1
        result = user_function(*args, **kwds)
        if key in cache:
            # A recursive call filled it meanwhile.
            return result
        cache[key] = result
        if maxsize is not None and len(cache) > maxsize:
            del cache[next(iter(cache))]
        return result

    def cache_info():
        """Report the cache's statistics."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset its statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator remembering the results of the last maxsize calls (all of
    them if maxsize is None). typed=True caches 1 and 1.0 apart. The wrapper
    has cache_info() and cache_clear()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses.
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """An unbounded cache: the same as lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# total_ordering

# For each root method: the others it defines, as (negate the root's
# result?, then combine with `and self != other` / `or self == other`).
_ORDERINGS = {
    "__lt__": {"__gt__": (True, "and_ne"), "__le__": (False, "or_eq"),
               "__ge__": (True, None)},
    "__le__": {"__ge__": (True, "or_eq"), "__lt__": (False, "and_ne"),
               "__gt__": (True, None)},
    "__gt__": {"__lt__": (True, "and_ne"), "__ge__": (False, "or_eq"),
               "__le__": (True, None)},
    "__ge__": {"__le__": (True, "or_eq"), "__gt__": (False, "and_ne"),
               "__lt__": (True, None)},
}


def _derived_comparison(root, name, negate, combine):
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if combine == "and_ne":
            return result and self != other
        if combine == "or_eq":
            return result or self == other
        return result

    compare.__name__ = name
    compare.__qualname__ = name
    return compare


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods from one of
    __lt__, __le__, __gt__ or __ge__ (and __eq__)."""
    roots = {name for name in _ORDERINGS
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for name, (negate, combine) in _ORDERINGS[root].items():
        if name not in roots:
            setattr(cls, name, _derived_comparison(root, name, negate, combine))
    return cls


# cmp_to_key

def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive)
    into a key function for sorted(), min(), max()."""

    class KeyWrapper:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def _cmp(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._cmp(other) < 0

        def __gt__(self, other):
            return self._cmp(other) > 0

        def __eq__(self, other):
            return self._cmp(other) == 0

        def __le__(self, other):
            return self._cmp(other) <= 0

        def __ge__(self, other):
            return self._cmp(other) >= 0

        def __hash__(self):
            raise TypeError("unhashable type: 'functools.KeyWrapper'")

    return KeyWrapper


# cached_property

class cached_property:
    """A property computed once per instance, then stored in the instance's
    __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two "
                            f"different names ({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without "
                            "calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = store.get(self.attrname, _unset)
        if value is _unset:
            value = self.func(instance)
            store[self.attrname] = value
        return value


# singledispatch

def _dispatch(registry, cls):
    """The implementation registered for cls: the first class of its MRO that
    has one, else the most specific registered abstract class it is a
    subclass of, else the one for object."""
    for base in cls.__mro__:
        if base is object:
            break
        if base in registry:
            return registry[base]
    best = None
    for base in registry:
        if base is not object and issubclass(cls, base):
            if best is None or issubclass(base, best):
                best = base
    return registry[object if best is None else best]


def singledispatch(func):
    """Make func a generic function choosing its implementation by the type
    of its first argument. Add implementations with @f.register(type), or
    plain @f.register on a function whose first parameter is annotated."""
    registry = {object: func}
    funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(cls):
        """The implementation for the class cls."""
        return _dispatch(registry, cls)

    def register(cls, func=None):
        """register(cls, func): add func as the implementation for cls;
        usable as a decorator, with a class or on an annotated function."""
        if isinstance(cls, type) or _is_union_of_classes(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} "
                                "is not a class or union type.")
            annotations = getattr(cls, "__annotations__", None)
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                "Use either `@register(some_class)` or plain "
                                "`@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not (isinstance(cls, type) or _is_union_of_classes(cls)):
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        for kind in (cls.__args__ if _is_union_of_classes(cls) else (cls,)):
            registry[kind] = func
        return func

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kwargs)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


def _is_union_of_classes(obj):
    args = getattr(obj, "__args__", None)
    return (not isinstance(obj, type) and type(obj).__name__ in ("UnionType", "Union")
            and isinstance(args, tuple) and all(isinstance(a, type) for a in args))


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register an implementation, as singledispatch's register does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def method(*args, **kwargs):
            impl = self.dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        method.register = self.register
        update_wrapper(method, self.func)
        return method
