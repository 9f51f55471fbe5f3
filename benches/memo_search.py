# Dict-heavy memoised search: recursive edit distance, integer partitions,
# 0/1 knapsack and grid path counting with caches keyed by tuples and ints,
# plus a breadth-first search over sliding-puzzle states (tuples) with a
# visited dict recording each state's parent, and path reconstruction.
import random
from collections import deque

SCALE = 1


def edit_distance(a, b):
    cache = {}

    def go(i, j):
        key = (i, j)
        if key in cache:
            return cache[key]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        cache[key] = r
        return r

    return go(0, 0), len(cache)


def partitions(n, cache={}):
    """Number of partitions of n, via p(n, k) = parts of n with largest part <= k."""

    def p(n, k):
        if n == 0:
            return 1
        if n < 0 or k == 0:
            return 0
        key = (n, k)
        v = cache.get(key)
        if v is None:
            v = p(n - k, k) + p(n, k - 1)
            cache[key] = v
        return v

    return p(n, n)


def knapsack(items, capacity):
    memo = {}

    def best(i, cap):
        if i == len(items):
            return 0
        key = i * 100_000 + cap
        if key in memo:
            return memo[key]
        weight, value = items[i]
        r = best(i + 1, cap)
        if weight <= cap:
            r = max(r, value + best(i + 1, cap - weight))
        memo[key] = r
        return r

    return best(0, capacity), len(memo)


def grid_paths(blocked, rows, cols):
    memo = {(0, 0): 1}

    def count(r, c):
        if r < 0 or c < 0 or (r, c) in blocked:
            return 0
        got = memo.get((r, c))
        if got is not None:
            return got
        v = (count(r - 1, c) + count(r, c - 1)) % 1_000_000_007
        memo[r, c] = v
        return v

    total = 0
    for r in range(rows):
        for c in range(cols):
            total += count(r, c)
    return count(rows - 1, cols - 1), total % 1_000_000_007


def neighbours(state, width, height):
    z = state.index(0)
    r, c = divmod(z, width)
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < height and 0 <= nc < width:
            s = list(state)
            t = nr * width + nc
            s[z], s[t] = s[t], s[z]
            yield tuple(s)


def bfs(start, width, height, max_depth):
    parent = {start: None}
    depth = {start: 0}
    frontier = deque([start])
    layers = [1]
    while frontier:
        s = frontier.popleft()
        d = depth[s]
        if d == max_depth:
            continue
        for n in neighbours(s, width, height):
            if n not in parent:
                parent[n] = s
                depth[n] = d + 1
                if d + 1 == len(layers):
                    layers.append(0)
                layers[d + 1] += 1
                frontier.append(n)
    return parent, depth, layers


def path_to(parent, state):
    path = []
    while state is not None:
        path.append(state)
        state = parent[state]
    return path[::-1]


rng = random.Random(4242)
check = 0

letters = "acgt"
for _ in range(60 * SCALE):
    a = "".join(rng.choice(letters) for _ in range(rng.randrange(60, 90)))
    b = "".join(rng.choice(letters) for _ in range(rng.randrange(60, 90)))
    d, size = edit_distance(a, b)
    check = (check * 31 + d * 1000 + size) % 1_000_000_007

for n in range(50, 50 + 280 * SCALE, 7):
    check = (check * 31 + partitions(n)) % 1_000_000_007

items = [(rng.randrange(5, 60), rng.randrange(1, 100)) for _ in range(100)]
value, states = knapsack(items, 1500 * SCALE)
check = (check * 31 + value * 7 + states) % 1_000_000_007

blocked = {(rng.randrange(200), rng.randrange(200)) for _ in range(4000)}
blocked.discard((0, 0))
end, total = grid_paths(blocked, 200, 200)
check = (check * 31 + end + total) % 1_000_000_007

goal = (1, 2, 3, 4, 5, 6, 7, 8, 0)
parent, depth, layers = bfs(goal, 3, 3, 23 + SCALE)
far = max(depth, key=lambda s: (depth[s], s))
path = path_to(parent, far)
check = (check * 31 + len(parent) + sum(layers[i] * i for i in range(len(layers)))) % 1_000_000_007

print(value, states, end, len(parent), layers[-3:], len(path), path[-1])
print(check)
