"""Heap queue: a list kept so that heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2], making heap[0] its smallest item."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


# The sifting steps in Python, under CPython's private names, for code that
# calls them directly; the functions above are native. `before(a, b)` says
# whether a belongs nearer the root: a < b for a heap, b < a for a max-heap.
def _min_first(a, b):
    return a < b


def _max_first(a, b):
    return b < a


def _sift_toward_root(heap, startpos, pos, before):
    item = heap[pos]
    while pos > startpos:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not before(item, parent):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_toward_leaves(heap, pos, before):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not before(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos, before)


def _siftdown(heap, startpos, pos):
    _sift_toward_root(heap, startpos, pos, _min_first)


def _siftup(heap, pos):
    _sift_toward_leaves(heap, pos, _min_first)


def _siftdown_max(heap, startpos, pos):
    _sift_toward_root(heap, startpos, pos, _max_first)


def _siftup_max(heap, pos):
    _sift_toward_leaves(heap, pos, _max_first)


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
