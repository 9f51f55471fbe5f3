# Recursive traversal with yield from.
tree = (1, (2, (4, None, None), (5, None, None)), (3, None, (6, None, None)))

def preorder(node):
    if node is None:
        return
    value, left, right = node
    yield value
    yield from preorder(left)
    yield from preorder(right)

def inorder(node):
    if node is not None:
        yield from inorder(node[1])
        yield node[0]
        yield from inorder(node[2])

def depth_first(nested, depth=0):
    for item in nested:
        if isinstance(item, list):
            yield from depth_first(item, depth + 1)
        else:
            yield (item, depth)

print(list(preorder(tree)))
print(list(inorder(tree)))
print(list(depth_first([1, [2, [3, [4]], 5], 6])))

def count_down(n):
    if n > 0:
        yield n
        yield from count_down(n - 1)

print(list(count_down(5)))
print(sum(count_down(100)))
