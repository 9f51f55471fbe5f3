"""Container datatypes beyond the builtin ones: namedtuple, deque,
defaultdict, Counter, OrderedDict, ChainMap, UserDict, UserList and
UserString (the abstract base classes are in `collections.abc`).
"""

from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from collections.abc import Sequence as _Sequence, MutableSequence as _MutableSequence
from collections.abc import KeysView as _KeysView
from collections.abc import ItemsView as _ItemsView, ValuesView as _ValuesView
from types import GenericAlias as _GenericAlias

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]


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


# ---------------------------------------------------------------------------
# Helpers shared by the classes below.

# The ids of the objects whose repr is being built right now: a container
# that holds itself shows "..." (or "[...]") there instead of recursing.
_repr_running = set()


def _repr_guard(placeholder):
    """Decorates a __repr__ so that a repr reaching the same object again
    while it is being built gives `placeholder`."""
    def decorate(build):
        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return placeholder
            _repr_running.add(key)
            try:
                return build(self)
            finally:
                _repr_running.discard(key)
        __repr__.__name__ = build.__name__
        __repr__.__doc__ = build.__doc__
        return __repr__
    return decorate


# ---------------------------------------------------------------------------
# deque: a double-ended queue, native (builtins/deque_type.rs): its ends
# are a frame-free call each, as CPython's C deque.

from _collections import deque

_MutableSequence.register(deque)


# ---------------------------------------------------------------------------
# defaultdict: a dict that makes the values of missing keys.

class defaultdict(dict):
    """A dict that makes a value for a missing key: `d[key]` on a key not
    there stores and returns `default_factory()`. The other arguments are
    dict()'s. Only indexing does this: `get`, `in` and `pop` do not."""

    __slots__ = ("default_factory",)

    def __new__(cls, *args, **kwargs):
        # A subclass whose __init__ skips defaultdict's still has a factory.
        self = dict.__new__(cls)
        self.default_factory = None
        return self

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        """What d[key] gives for a key not in d: a new value from
        default_factory, stored under key; KeyError without a factory."""
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_text = "None"
        elif id(factory) in _repr_running:
            factory_text = "..."
        else:
            _repr_running.add(id(factory))
            try:
                factory_text = repr(factory)
            finally:
                _repr_running.discard(id(factory))
        return f"{type(self).__name__}({factory_text}, {dict.__repr__(self)})"

    def copy(self):
        """A new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------
# Counter: a dict from things to how many of them there are.

def _count_of(pair):
    return pair[1]


class Counter(dict):
    """A dict from things to how many times they were seen (a multiset):
    `Counter("hello")["l"] == 2`. A thing never seen counts 0. Counts
    come from an iterable (one per item), a mapping or keywords."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """A thing not in the Counter counts 0 (and is not added)."""
        return 0

    def total(self):
        """The sum of all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(thing, count) pairs from the highest count down: the first n,
        or all of them when n is None. Equal counts keep the order in which
        their things were first counted."""
        # sorted() is stable, also with reverse=True: equal counts keep
        # their insertion order.
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Each thing repeated as many times as its count, in the order
        the things were first counted; counts below one give nothing."""
        for element, count in list(self.items()):
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Adds counts: one for each item of an iterable, or the counts of
        a mapping (another Counter, a dict), and of keywords."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    for element, count in iterable.items():
                        self[element] = self[element] + count
                else:
                    # An empty Counter takes the counts as they are.
                    dict.update(self, iterable)
            else:
                for element in iterable:
                    self[element] = self[element] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Takes away counts, as update() adds them; counts may go to zero
        or below and stay in the Counter."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                for element, count in iterable.items():
                    self[element] = self[element] - count
            else:
                for element in iterable:
                    self[element] = self[element] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new Counter of the same class with the same counts."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        """Removes a thing; one that is not there is no error."""
        if element in self:
            super().__delitem__(element)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            # The dict's repr shows the elements from the most common down.
            counts = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown as they are stored.
            counts = dict(self)
        return f"{type(self).__name__}({counts!r})"

    # Comparisons: as multisets, a missing element counting zero.

    def _all_counts(self, other, test):
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        """Whether every thing has the same count in both (missing is 0)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        """Whether some thing has different counts (missing is 0)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """Whether no count in self is above the one in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        """self <= other, and they differ."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """Whether no count in self is below the one in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        """self >= other, and they differ."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: the results keep only positive counts.

    def _combine(self, other, pick):
        """A new Counter with, for each element of self then of other,
        pick(count in self, count in other) when that is positive."""
        result = Counter()
        for element, count in self.items():
            new = pick(count, other[element])
            if new > 0:
                result[element] = new
        for element, count in other.items():
            if element not in self:
                new = pick(0, count)
                if new > 0:
                    result[element] = new
        return result

    def __add__(self, other):
        """The sums of the counts, keeping the positive ones."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        """The differences of the counts, keeping the positive ones."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        """The larger of the two counts of each thing, when positive."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        """The smaller of the two counts of each thing, when positive."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            if element in other:
                other_count = other[element]
                new = count if count < other_count else other_count
                if new > 0:
                    result[element] = new
        return result

    def __pos__(self):
        """The positive counts only."""
        return Counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        """The negative counts only, made positive."""
        return Counter({e: 0 - c for e, c in self.items() if c < 0})

    def _keep_positive(self):
        """Removes the elements whose count is zero or negative; returns self."""
        for element in [e for e, c in self.items() if not c > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        """Adds other's counts to self's, then drops those below one."""
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Takes other's counts from self's, then drops those below one."""
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Raises each count to other's where that is larger; drops those below one."""
        for element, other_count in other.items():
            if other_count > self[element]:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Lowers each count to other's where that is smaller; drops those below one."""
        for element, count in list(self.items()):
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


# ---------------------------------------------------------------------------
# OrderedDict: a dict that can reorder its keys, and whose equality with
# another OrderedDict looks at the order. (A dict keeps its insertion order
# already; OrderedDict adds the ways to change it.)

class odict_keys(_KeysView):
    def __reversed__(self):
        return reversed(list(self._mapping))

    def __repr__(self):
        return f"odict_keys({list(self)!r})"


class odict_values(_ValuesView):
    def __reversed__(self):
        return reversed([self._mapping[key] for key in self._mapping])

    def __repr__(self):
        return f"odict_values({list(self)!r})"


class odict_items(_ItemsView):
    def __reversed__(self):
        return reversed([(key, self._mapping[key]) for key in self._mapping])

    def __repr__(self):
        return f"odict_items({list(self)!r})"


class OrderedDict(dict):
    """A dict whose order can be changed (move_to_end, popitem at either
    end) and whose equality with another OrderedDict also compares the
    order."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        self.update(*args, **kwds)

    def move_to_end(self, key, last=True):
        """Moves key to the end, or to the front when last is false;
        KeyError when key is not there."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        """Removes and returns the last (key, value) pair, or the first when
        last is false."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def keys(self):
        """A live, set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A live view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A live, set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __eq__(self, other):
        """Equal items, and with another OrderedDict also the same order."""
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return equal
        return not equal

    __hash__ = None

    def copy(self):
        """A new OrderedDict of the same class with the same items."""
        return type(self)(self)

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), (), state, None, iter(dict.items(self))

    @_repr_guard("...")
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(dict.items(self))!r})"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------------------
# ChainMap: several mappings looked up as one.

class ChainMap(_MutableMapping):
    """Several mappings seen as one: a lookup tries each mapping of the
    list `maps` in turn; setting, deleting and popping change only the
    first. Nested scopes are the usual example."""

    def __init__(self, *maps):
        """The chain of the mappings given, or of one new empty dict."""
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                # Indexing (rather than `in`) lets a defaultdict in the
                # chain make its value.
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _keys(self):
        """Every key once, in a dict: the keys of the last mapping first,
        then the new keys of each mapping before it."""
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return keys

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_repr_guard("...")
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self.maps))})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one dict made by dict.fromkeys."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new chain: a copy of the first mapping, then the same others."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new chain with m (a new dict when None, updated with the
        keywords) in front of this chain's mappings."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """The chain without its first mapping."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def popitem(self):
        """Removes and returns a (key, value) pair of the first mapping."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """Removes key from the first mapping and returns its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        """Empties the first mapping; the others stay as they are."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# UserDict, UserList and UserString: a dict, list or str kept in the
# attribute `data`, for classes that change how a mapping, sequence or
# string behaves by overriding a few methods (the rest come from the
# abstract base classes and call them).

class UserDict(_MutableMapping):
    """A mapping whose items live in the dict `self.data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        # A subclass may define __missing__, as for a dict.
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.data = self.data.copy()
        return new

    def copy(self):
        """A new object of the same class with a copy of `data`."""
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


class UserList(_MutableSequence):
    """A sequence whose items live in the list `self.data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data[:] = list(initlist)

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _plain(other):
        """other's list when other is a UserList; other itself otherwise."""
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._plain(other)

    def __le__(self, other):
        return self.data <= self._plain(other)

    def __eq__(self, other):
        return self.data == self._plain(other)

    def __gt__(self, other):
        return self.data > self._plain(other)

    def __ge__(self, other):
        return self.data >= self._plain(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, list):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, list):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._plain(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.data = self.data[:]
        return new

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(self._plain(other))


class UserString(_Sequence):
    """A string-like object whose text is the str `self.data`. Its str
    methods give UserStrings (of the subclass) where str's give a str, and
    the same results as str's otherwise (counts, tests, lists of parts)."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _text(string)

    def __lt__(self, string):
        return self.data < _text(string)

    def __le__(self, string):
        return self.data <= _text(string)

    def __gt__(self, string):
        return self.data > _text(string)

    def __ge__(self, string):
        return self.data >= _text(string)

    def __contains__(self, char):
        return _text(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return type(self)(self.data + _text(other))
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    maketrans = str.maketrans


def _text(value):
    """The str inside a UserString; any other value as it is."""
    return value.data if isinstance(value, UserString) else value


def _str_method(name, wrap):
    """A UserString method calling str's method `name` on the text (and on
    the text of UserString arguments); its result made a UserString of the
    same class when `wrap`."""
    method = getattr(str, name)

    def call(self, *args, **kwargs):
        args = [_text(a) for a in args]
        result = method(self.data, *args, **kwargs)
        return type(self)(result) if wrap else result
    call.__name__ = name
    call.__qualname__ = f"UserString.{name}"
    call.__doc__ = method.__doc__
    return call


for _name in ("capitalize", "casefold", "center", "expandtabs", "ljust", "lower",
              "lstrip", "removeprefix", "removesuffix", "replace", "rjust", "rstrip",
              "strip", "swapcase", "title", "translate", "upper", "zfill"):
    setattr(UserString, _name, _str_method(_name, True))
for _name in ("count", "encode", "endswith", "find", "format", "format_map", "index",
              "isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier",
              "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper",
              "join", "partition", "rfind", "rindex", "rpartition", "rsplit", "split",
              "splitlines", "startswith"):
    setattr(UserString, _name, _str_method(_name, False))
del _name
