"""Heap queue: a list kept so that heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2], making heap[0] its smallest item."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(name, heap, which="argument 1"):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {which} must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, start, pos):
    """Move heap[pos] up while it is smaller than its parent (never above
    start)."""
    item = heap[pos]
    size = len(heap)
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        smaller = item < parent
        # The comparison is Python code: it may have changed the heap.
        if len(heap) != size:
            raise RuntimeError("list changed size during iteration")
        if smaller:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Fill the hole at pos: move the smaller child up until a leaf is
    reached, put the item there, then move it back up to its place."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end:
            smaller = heap[child] < heap[right]
            if len(heap) != end:
                raise RuntimeError("list changed size during iteration")
            if not smaller:
                child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap order."""
    _check_list("heappush", heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, keeping the heap order."""
    _check_list("heappop", heap, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap must not
    be empty)."""
    _check_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item, faster than the two
    calls."""
    _check_list("heappushpop", heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange the list into heap order, in place, in linear time."""
    _check_list("heapify", heap, "argument")
    for pos in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, pos)


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (like
    sorted(iterable, key=key)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (like
    sorted(iterable, key=key, reverse=True)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily. Equal items
    come in the order of their iterables. With reverse=True the inputs are
    sorted largest first."""
    heads = []
    for it in map(iter, iterables):
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if reverse:
                if heads[best][0] < heads[i][0]:
                    best = i
            elif heads[i][0] < heads[best][0]:
                best = i
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[0] = value if key is None else key(value)
            head[1] = value
            break
        else:
            del heads[best]
