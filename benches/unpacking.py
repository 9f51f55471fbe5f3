# Tuple and list unpacking in hot loops of ordinary algorithms: extended
# Euclid and modular inverses (`a, b = b, a % b`), 2x2 matrix powers on
# 4-tuples (`a, b, c, d = m`), shoelace areas and a monotone-chain convex
# hull over point tuples, Dijkstra on a heap of (dist, node) tuples,
# `for i, (k, v) in enumerate(...)`, and starred `first, *rest = ...`.
import heapq
import random

SCALE = 1


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, r = divmod(a, b)
        a, b = b, r
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def inverses(m, count):
    acc = 0
    for k in range(1, count):
        g, x, _ = egcd(k, m)
        if g == 1:
            acc += x % m
    return acc


def mat_mul(m, n, mod):
    a, b, c, d = m
    e, f, g, h = n
    return ((a * e + b * g) % mod, (a * f + b * h) % mod, (c * e + d * g) % mod, (c * f + d * h) % mod)


def fib_pow(n, mod):
    result, base = (1, 0, 0, 1), (1, 1, 1, 0)
    while n:
        n, bit = divmod(n, 2)
        if bit:
            result = mat_mul(result, base, mod)
        base = mat_mul(base, base, mod)
    _, f, _, _ = result
    return f


def fib_pairs(n, mod):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % mod
    return a


def shoelace(points):
    area2 = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        area2 += x1 * y2 - x2 * y1
    return abs(area2)


def cross(o, a, b):
    (ox, oy), (ax, ay), (bx, by) = o, a, b
    return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox)


def hull(points):
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    *lower_body, _ = lower
    *upper_body, _ = upper
    return lower_body + upper_body


def dijkstra(adj, src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, nd + 1):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


def make_graph(rng, n, degree):
    adj = [[] for _ in range(n)]
    for u in range(n):
        for _ in range(degree):
            v, w = int(rng.random() * n), 1 + int(rng.random() * 99)
            adj[u].append((v, w))
            adj[v].append((u, w))
    return adj


def rotate_rows(rows):
    out = []
    for first, *rest in rows:
        head, *middle, tail = rest + [first]
        out.append((tail, head, len(middle)))
    return out


rng = random.Random(31337)
check = 0

check += inverses(1_000_003, 200_000 * SCALE)
for n in range(12_000 * SCALE):
    check += fib_pow(n * 7919, 1_000_000_007) % 1000
check += fib_pairs(500_000 * SCALE, 1_000_000_007)

polygons = [[(rng.randrange(-1000, 1000), rng.randrange(-1000, 1000)) for _ in range(60)] for _ in range(300)]
areas = 0
hull_sizes = 0
for k in range(8 * SCALE):
    for pts in polygons:
        h = hull([(x + k, y * (k + 1)) for x, y in pts])
        hull_sizes += len(h)
        areas += shoelace(h)
check += areas

adj = make_graph(rng, 10_000, 3)
dist = dijkstra(adj, 0)
far = sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))
weighted = 0
for i, (node, d) in enumerate(far):
    weighted += i * d + node
check += weighted

rows = [[rng.randrange(100) for _ in range(rng.randrange(2, 9))] for _ in range(10_000)]
x, y = 0, 0
for _ in range(8 * SCALE):
    rot = rotate_rows(rows)
    for tail, head, mid in rot:
        x, y = y + tail, (x * 3 + head) % 1000003
        x, y = y, x
        y += mid
check += x * 3 + y

print(hull_sizes, areas, len(dist), far[0], x, y)
print(check)
