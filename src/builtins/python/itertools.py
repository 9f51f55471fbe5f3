"""Functions creating iterators for efficient looping.

Infinite: count, cycle, repeat. Finite: accumulate, chain, compress,
dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
zip_longest. Combinatoric: product, permutations, combinations,
combinations_with_replacement.
"""

_unset = object()


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return any(hasattr(kind, name) for name in ("__index__", "__int__", "__float__"))


def _count(n, step):
    while True:
        yield n
        n += step


def count(start=0, step=1):
    """count(10) --> 10 11 12 13 ...; count(2.5, 0.5) --> 2.5 3.0 3.5 ..."""
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    return _count(start, step)


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    while saved:
        yield from saved


def cycle(iterable, /):
    """cycle('ABC') --> A B C A B C A ... (the items are saved on the first
    pass)."""
    return _cycle(iter(iterable))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_times(obj, times):
    for _ in range(times):
        yield obj


def repeat(object, times=_unset):
    """repeat(object) gives object forever; repeat(object, n) n times."""
    if times is _unset:
        return _repeat_forever(object)
    if not isinstance(times, int):
        raise TypeError(f"'{type(times).__name__}' object cannot be "
                        "interpreted as an integer")
    return _repeat_times(object, times)


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for item in it:
        total = total + item if func is None else func(total, item)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    """Running totals: accumulate([1, 2, 3]) --> 1 3 6. func replaces
    addition; initial, if given, comes first."""
    return _accumulate(iter(iterable), func, initial)


class chain:
    """chain('ABC', 'DEF') --> A B C D E F: the items of each iterable in
    turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain.from_iterable(['ABC', 'DEF']) --> A B C D E F (the
        iterables come from one iterable, taken lazily)."""
        result = cls()
        result._sources = iter(iterable)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None


def _compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def compress(data, selectors):
    """compress('ABCDEF', [1, 0, 1, 0, 1, 1]) --> A C E F"""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def dropwhile(predicate, iterable, /):
    """dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]) --> 6 4 1"""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def takewhile(predicate, iterable, /):
    """takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]) --> 1 4"""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for item in it:
        if not (bool(item) if predicate is None else predicate(item)):
            yield item


def filterfalse(function, iterable, /):
    """filterfalse(lambda x: x % 2, range(10)) --> 0 2 4 6 8 (the items for
    which function is false; None means the item itself)."""
    return _filterfalse(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*tuple(args))


def starmap(function, iterable, /):
    """starmap(pow, [(2, 5), (3, 2)]) --> 32 9"""
    return _starmap(function, iter(iterable))


def _pairwise(it):
    for previous in it:
        for item in it:
            yield previous, item
            previous = item
        return


def pairwise(iterable, /):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


class groupby:
    """groupby('AAABBC') --> (A, AAA) (B, BB) (C, C): pairs of a key and an
    iterator over the run of consecutive items with that key. A group is
    used up when the groupby moves on."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._has_current = False
        self._current = None
        self._current_key = None
        self._target_key = _unset
        self._group_id = None

    def __iter__(self):
        return self

    def _advance(self):
        value = next(self._it)
        self._current = value
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._has_current = True

    def __next__(self):
        self._group_id = group_id = object()
        while True:
            if not self._has_current:
                self._advance()
            if self._target_key is _unset or not self._current_key == self._target_key:
                break
            self._has_current = False
        self._target_key = self._current_key
        return self._current_key, self._group(self._target_key, group_id)

    def _group(self, key, group_id):
        # The item the groupby already holds comes first, if it has this key.
        if self._group_id is not group_id or not self._has_current:
            return
        if not self._current_key == key:
            return
        self._has_current = False
        yield self._current
        keyfunc = self._keyfunc
        # Then the source's next items, while the key stays the same and the
        # groupby has not moved on to another group.
        while self._group_id is group_id:
            for value in self._it:
                break
            else:
                return
            value_key = value if keyfunc is None else keyfunc(value)
            if not value_key == key:
                self._current = value
                self._current_key = value_key
                self._has_current = True
                return
            yield value


_STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDEX_ERROR = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_ERROR = "Step for islice() must be a positive integer or None."


def _islice_arg(value, message):
    """An islice() argument as an int (None stays None); message is the
    ValueError for a non-integer, -1 or a value past sys.maxsize."""
    if value is None:
        return None
    if not isinstance(value, int):
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise ValueError(message)
        value = index(value)
    if value == -1 or not -(2 ** 63) <= value < 2 ** 63:
        raise ValueError(message)
    return int(value)


def _islice(it, start, stop, step):
    if start:
        # Skip the first items (all there are, if fewer).
        for _ in zip(range(start), it):
            pass
    if step == 1:
        if stop is None:
            yield from it
        else:
            # zip asks range first, so no item past stop is consumed.
            for _, item in zip(range(stop - start), it):
                yield item
        return
    done = start
    wanted = start
    while True:
        while done < wanted:
            for _ in it:
                break
            else:
                return
            done += 1
        if stop is not None and done >= stop:
            return
        for item in it:
            break
        else:
            return
        done += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def islice(*args, **kwargs):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    like iterable[start:stop:step], without negative values."""
    if kwargs:
        raise TypeError("islice() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
    if len(args) > 4:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
    stop = _islice_arg(args[1] if len(args) == 2 else args[2], _STOP_ERROR)
    start = step = None
    if len(args) > 2:
        start = _islice_arg(args[1], _INDEX_ERROR)
    if (start is not None and start < 0) or (stop is not None and stop < 0):
        raise ValueError(_INDEX_ERROR)
    if len(args) > 3:
        step = _islice_arg(args[3], _STEP_ERROR)
        if step is not None and step <= 0:
            raise ValueError(_STEP_ERROR)
    it = iter(args[0])
    return _islice(it, start or 0, stop, step or 1)


def _tee_branch(source, link):
    # link is a [value, next_link] cell shared by the branches; a branch
    # that reaches the end of the chain fetches the next item for all.
    while True:
        if link[1] is None:
            for value in source:
                break
            else:
                return
            link[0] = value
            link[1] = [None, None]
        value = link[0]
        link = link[1]
        yield value


def tee(iterable, n=2, /):
    """tee(iterable, n) --> n independent iterators over the same items."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted "
                        "as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    start = [None, None]
    return tuple(_tee_branch(source, start) for _ in range(n))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            if it is None:
                row.append(fillvalue)
                continue
            for value in it:
                row.append(value)
                break
            else:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                row.append(fillvalue)
        yield tuple(row)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _product(pools):
    if any(not pool for pool in pools):
        return
    indices = [0] * len(pools)
    current = [pool[0] for pool in pools]
    while True:
        yield tuple(current)
        # Advance like an odometer: the rightmost wheel turns fastest.
        for k in reversed(range(len(pools))):
            indices[k] += 1
            if indices[k] < len(pools[k]):
                current[k] = pools[k][indices[k]]
                break
            indices[k] = 0
            current[k] = pools[k][0]
        else:
            return


def product(*iterables, repeat=1):
    """product('AB', range(2)) --> A0 A1 B0 B1 (the cartesian product);
    product('AB', repeat=2) is product('AB', 'AB')."""
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be "
                        "interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(it) for it in iterables] * repeat
    return _product(pools)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted "
                        "as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # indices: r distinct positions of pool, stepped in lexicographic order;
    # used[i] tells whether position i is among them.
    indices = list(range(r))
    used = [i < r for i in range(n)]
    while True:
        yield tuple([pool[i] for i in indices])
        for k in reversed(range(r)):
            used[indices[k]] = False
            # The smallest free position above indices[k], if any.
            for bigger in range(indices[k] + 1, n):
                if not used[bigger]:
                    break
            else:
                continue
            indices[k] = bigger
            used[bigger] = True
            # The positions after k take the smallest free ones, in order.
            free = 0
            for j in range(k + 1, r):
                while used[free]:
                    free += 1
                indices[j] = free
                used[free] = True
            break
        else:
            return


def permutations(iterable, r=None):
    """permutations('ABC', 2) --> AB AC BA BC CA CB: ordered arrangements of
    r items (all of them by default)."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    return _permutations(pool, _check_r(r))


def _combinations(pool, r, again):
    n = len(pool)
    if r > n and not again:
        return
    if n == 0 and r > 0:
        return
    # indices is non-decreasing (with replacement) or increasing (without).
    indices = [0] * r if again else list(range(r))
    while True:
        yield tuple([pool[i] for i in indices])
        for k in reversed(range(r)):
            limit = n - 1 if again else k + n - r
            if indices[k] != limit:
                break
        else:
            return
        indices[k] += 1
        for j in range(k + 1, r):
            indices[j] = indices[j - 1] if again else indices[j - 1] + 1


def combinations(iterable, r):
    """combinations('ABCD', 2) --> AB AC AD BC BD CD: r items in their input
    order, each position used once."""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r), False)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r), True)
