# Permutations and combinations with recursive generators.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations(list(range(5))))))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield (items[i],) + c

print(list(combinations('abcd', 2)))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets([1, 2, 3])))
