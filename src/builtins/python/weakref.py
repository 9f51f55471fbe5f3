"""Weak references: refer to an object without keeping it alive.

A weak reference holds a serial number that pyslot's runtime gives the
referent (`_weakref.register`), never the referent itself; calling the
reference asks the runtime for the object, or None once it is gone. When an
instance dies, the runtime calls `_referents_died` with its serial at the
next statement boundary, which runs the callbacks.

Functions and classes can be weakly referenced too; their death is noticed
when the reference is called, and their callbacks do not run.
"""

import _weakref
import sys
from collections.abc import MutableMapping, MutableSet
from types import GenericAlias

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# serial -> the references with a callback, in the order they were made.
_callbacks = {}
# serial -> how many references to it exist.
_counts = {}


class ReferenceType:
    """ref(object[, callback]): a weak reference to object. Calling it gives
    the object, or None once it has been freed."""

    __slots__ = ("_serial", "__callback__", "_hash", "__weakref__")

    def __new__(cls, ob, callback=None, *args, **kwargs):
        self = object.__new__(cls)
        self._serial = _weakref.register(ob)
        self.__callback__ = callback
        self._hash = None
        _counts[self._serial] = _counts.get(self._serial, 0) + 1
        if callback is not None:
            _callbacks.setdefault(self._serial, []).append(self)
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return _weakref.deref(self._serial)

    def __del__(self):
        serial = getattr(self, "_serial", None)
        left = _counts.get(serial, 1) - 1
        if left:
            _counts[serial] = left
        else:
            _counts.pop(serial, None)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __repr__(self):
        ob = self()
        if ob is None:
            return f"<weakref at {id(self):#x}; dead>"
        return f"<weakref at {id(self):#x}; to '{type(ob).__name__}' at {id(ob):#x}>"

    __class_getitem__ = classmethod(GenericAlias)


ReferenceType.__module__ = "weakref"
ref = ReferenceType


def _referents_died(serials):
    """Called by the runtime: run the callbacks of references whose referent
    died, newest reference first, as CPython does."""
    for serial in serials:
        for r in reversed(_callbacks.pop(serial, [])):
            try:
                r.__callback__(r)
            except Exception:
                import traceback
                print(f"Exception ignored in: {r.__callback__!r}", file=sys.stderr)
                traceback.print_exc()


def getweakrefcount(object):
    """The number of weak references (and proxies) to object."""
    try:
        serial = _weakref.register(object)
    except TypeError:
        return 0
    return _counts.get(serial, 0)


def getweakrefs(object):
    """The weak references to object that have callbacks."""
    try:
        serial = _weakref.register(object)
    except TypeError:
        return []
    return list(_callbacks.get(serial, []))


class KeyedRef(ref):
    """A ref that remembers a key: WeakValueDictionary's entries."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ref):
    """A weak reference to a bound method, alive while its object is."""

    __slots__ = ("_func_ref",)

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self() == other() if self() is not None else self is other
        return NotImplemented

    def __hash__(self):
        return hash(self())


def _alive(r):
    ob = r()
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    """proxy(object[, callback]): stands for object, while it lives."""

    __slots__ = ("_ref",)

    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_ref", ref(ob, None if callback is None
                                             else (lambda r, p=self: callback(p))))

    def __getattribute__(self, name):
        return getattr(_alive(object.__getattribute__(self, "_ref")), name)

    def __setattr__(self, name, value):
        setattr(_alive(object.__getattribute__(self, "_ref")), name, value)

    def __delattr__(self, name):
        delattr(_alive(object.__getattribute__(self, "_ref")), name)

    def __repr__(self):
        ob = object.__getattribute__(self, "_ref")()
        if ob is None:
            return f"<weakproxy at {id(self):#x}; dead>"
        return f"<weakproxy at {id(self):#x}; to '{type(ob).__name__}' at {id(ob):#x}>"

    def __str__(self):
        return str(_alive(object.__getattribute__(self, "_ref")))

    def __bool__(self):
        return bool(_alive(object.__getattribute__(self, "_ref")))

    def __len__(self):
        return len(_alive(object.__getattribute__(self, "_ref")))

    def __iter__(self):
        return iter(_alive(object.__getattribute__(self, "_ref")))

    def __getitem__(self, key):
        return _alive(object.__getattribute__(self, "_ref"))[key]

    def __setitem__(self, key, value):
        _alive(object.__getattribute__(self, "_ref"))[key] = value

    def __contains__(self, item):
        return item in _alive(object.__getattribute__(self, "_ref"))

    def __eq__(self, other):
        return _alive(object.__getattribute__(self, "_ref")) == other

    def __lt__(self, other):
        return _alive(object.__getattribute__(self, "_ref")) < other

    def __add__(self, other):
        return _alive(object.__getattribute__(self, "_ref")) + other

    def __sub__(self, other):
        return _alive(object.__getattribute__(self, "_ref")) - other

    def __mul__(self, other):
        return _alive(object.__getattribute__(self, "_ref")) * other

    __hash__ = None


class CallableProxyType(ProxyType):
    """A proxy for a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _alive(object.__getattribute__(self, "_ref"))(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    """A proxy for object that does not keep it alive."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are weakly referenced: an entry goes when its
    value is freed."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def keys(self):
        return iter(self)

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are weakly referenced: an entry goes when its
    key is freed."""

    def __init__(self, dict=None):
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        return iter(self)

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakSet(MutableSet):
    """A set whose elements are weakly referenced."""

    def __init__(self, data=None):
        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return repr(self.data)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    when obj is freed, or when the finalizer is called, whichever is
    first; once at most."""

    __slots__ = ("_ref", "_call", "atexit", "__weakref__")

    def __init__(self, obj, func, /, *args, **kwargs):
        self._call = (func, args, kwargs)
        self.atexit = True
        _live_finalizers.append(self)
        self._ref = ref(obj, lambda r, f=ref(self): f() is not None and f()())

    def __call__(self, _=None):
        call = self.detach()
        if call is not None:
            func, args, kwargs = call[1:]
            return func(*args, **kwargs)

    def detach(self):
        """Disarm: (obj, func, args, kwargs) if it was alive, else None."""
        call = self._call
        obj = self._ref()
        if call is None:
            return None
        self._call = None
        if self in _live_finalizers:
            _live_finalizers.remove(self)
        return (obj, *call)

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        if self._call is None:
            return None
        return (self._ref(), *self._call)

    @property
    def alive(self):
        return self._call is not None

    def __repr__(self):
        obj = self._ref()
        if self._call is None:
            return f"<finalize object at {id(self):#x}; dead>"
        return (f"<finalize object at {id(self):#x}; for "
                f"'{type(obj).__name__}' at {id(obj):#x}>")


# Armed finalizers are kept alive until they run, as CPython's registry does.
_live_finalizers = []
