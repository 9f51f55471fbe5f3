# Using a set to drop duplicates while keeping first-seen order.
def dedupe(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
print(dedupe([3, 1, 3, 2, 1, 5]))
print(dedupe('mississippi'))
print(dedupe([]))
print(list(dict.fromkeys([4, 4, 2, 4, 1])))
pairs = [(1, 2), (2, 1), (1, 2)]
print(dedupe(pairs))
print(len(set(range(0, 100, 7)) & set(range(0, 100, 5))))
