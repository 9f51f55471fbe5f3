"""Reprs of limited size, as CPython's reprlib: long containers, strings
and numbers are cut short with '...', and nesting stops at a depth.

    reprlib.repr(list(range(100)))  ->  '[0, 1, 2, 3, 4, 5, ...]'

Repr's attributes set the limits; a method repr_<typename> formats one
type (a subclass may add its own).
"""

from itertools import islice

# The builtin repr, before this module's own `repr` takes its name.
_builtin_repr = repr

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """A decorator for __repr__ methods: a call made while the same
    object's repr is already being made returns fillvalue instead of
    recursing forever."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            try:
                setattr(wrapper, name, getattr(user_function, name))
            except AttributeError:
                pass
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _possibly_sorted(x):
    # Sets and dicts are shown sorted when their items can be sorted.
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _shorten(s, limit, fill):
    # s cut to about limit characters: its start, fill, its end.
    if len(s) <= limit:
        return s
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + fill + s[len(s) - tail:]


class Repr:
    """Makes reprs with limits: maxlevel (nesting depth), maxlist,
    maxtuple, maxdict, maxset, maxfrozenset, maxdeque, maxarray (items
    shown), maxstring, maxlong, maxother (characters shown)."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        """The limited repr of x."""
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The limited repr of x with `level` levels of nesting left: the
        method repr_<type name> when there is one, else repr_instance."""
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            inside = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            inside = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + inside + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return 'array(%r)' % x.typecode
        header = 'array(%r, [' % x.typecode
        return self._repr_iterable(x, level, header, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + ', '.join(pieces) + '}'

    def repr_str(self, x, level):
        s = _builtin_repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            # The repr of the string's two ends, joined by '...'.
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = _builtin_repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return _shorten(_builtin_repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            s = _builtin_repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _shorten(s, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
