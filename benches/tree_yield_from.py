# Recursive generators over a binary search tree: in-order, pre-order and
# post-order walks delegating with `yield from` (depth ~40), a walk whose
# subgenerators return values through `yield from`, several passes, and a
# generator pipeline (filter, map, pairwise windows, merging two walks).
import random

N = 60_000


class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value):
        node = Node(key, value)
        if self.root is None:
            self.root = node
            self.size = 1
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = node
                    break
                cur = cur.left
            elif key > cur.key:
                if cur.right is None:
                    cur.right = node
                    break
                cur = cur.right
            else:
                cur.value = value
                return
        self.size += 1

    def __iter__(self):
        return inorder(self.root)


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node
        yield from inorder(node.right)


def preorder(node):
    if node is not None:
        yield node.key
        yield from preorder(node.left)
        yield from preorder(node.right)


def postorder(node):
    if node is not None:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.key


def counted(node, depth):
    """Yield (depth, key) pairs; return the subtree height via StopIteration."""
    if node is None:
        return 0
    hl = yield from counted(node.left, depth + 1)
    yield depth, node.key
    hr = yield from counted(node.right, depth + 1)
    return 1 + max(hl, hr)


def keys(nodes):
    for n in nodes:
        yield n.key


def only(pred, it):
    for x in it:
        if pred(x):
            yield x


def pairwise_gaps(it):
    prev = None
    for x in it:
        if prev is not None:
            yield x - prev
        prev = x


def merge(a, b):
    """Merge two sorted iterators."""
    sentinel = object()
    x = next(a, sentinel)
    y = next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if x <= y:
            yield x
            x = next(a, sentinel)
        else:
            yield y
            y = next(b, sentinel)
    while x is not sentinel:
        yield x
        x = next(a, sentinel)
    while y is not sentinel:
        yield y
        y = next(b, sentinel)


def build(rng, n, span):
    t = Tree()
    for i in range(n):
        t.insert(rng.randrange(span), i)
    return t


rng = random.Random(77)
tree = build(rng, N, 10 * N)
small = build(rng, N // 3, 10 * N)

check = 0
for p in range(3):
    total = 0
    for node in tree:
        total += node.value
    check = (check * 31 + total) % 1000000007
    check = (check * 31 + sum(only(lambda k: k % 3 == p, keys(tree)))) % 1000000007

pre = sum(i * k for i, k in enumerate(preorder(tree.root))) % 1000000007
post = sum(i * k for i, k in enumerate(postorder(tree.root))) % 1000000007

gen = counted(tree.root, 0)
deepest = 0
weighted = 0
try:
    while True:
        d, k = next(gen)
        weighted += d
        if d > deepest:
            deepest = d
except StopIteration as stop:
    height = stop.value

gaps = list(pairwise_gaps(keys(tree)))
merged = merge(keys(tree), (n.key * 2 for n in small))
dup = 0
last = None
count = 0
for x in merged:
    if x == last:
        dup += 1
    last = x
    count += 1

print(tree.size, small.size, height, deepest, weighted, max(gaps), min(gaps), count, dup)
print((check + pre + post) % 1000000007)
