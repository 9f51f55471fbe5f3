# product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("AB", range(2))))
print(list(product("AB", repeat=2)))
print(list(product([1, 2], "xy", repeat=2))[:5], len(list(product([1, 2], "xy", repeat=2))))
print(list(product()), list(product("AB", [])), list(product("AB", repeat=0)))
print(list(permutations("ABC", 2)))
print(list(permutations(range(3))))
print(list(permutations("AB", 3)), list(permutations("AB", 0)), list(permutations([])))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("AB", 3)), list(combinations("AB", 0)), list(combinations([], 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("A", 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))

gen = (x for x in "XY")
p = product(gen, repeat=2)
print(list(gen), list(p))

for call in [lambda: product([1], repeat=-1), lambda: permutations([1], -1),
             lambda: combinations([1], -2), lambda: combinations_with_replacement("a", -1),
             lambda: permutations(1), lambda: product(1), lambda: permutations("ab", "x")]:
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: combinations("ab", "x"), lambda: combinations("ab", None),
             lambda: combinations_with_replacement("ab", 1.0), lambda: permutations("ab", None)]:
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
