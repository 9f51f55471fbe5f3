# A builtin type's methods called through the type: `str.upper(s)` works
# like `s.upper()`, and a `self` of another type is a TypeError.
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A", "c"], key=str.lower))
print(str.join("-", ["a", "b"]), list.append, int.bit_length(True), dict.get({1: 2}, 1))
print(frozenset.union(frozenset([1]), {2}) == frozenset({1, 2}), sorted(set.union({1}, [2])))
print(tuple.count((1, 1), 1), tuple.index((1, 2), 2), str.count("aa", "a"))
print(dict.fromkeys("ab"), {}.fromkeys([1], 0), float.is_integer(2.0))
print(dict.items({1: 2}), dict.get({}, 1, 5), list.copy([1, 2]), range.count(range(5), 3))

calls = {
    "str.upper(1)": lambda: str.upper(1),
    "str.strip(3)": lambda: str.strip(3),
    "str.join(5, ['a'])": lambda: str.join(5, ["a"]),
    "list.append(1, 2)": lambda: list.append(1, 2),
    "dict.keys([])": lambda: dict.keys([]),
    "str.upper()": lambda: str.upper(),
    "list(map(str.upper, ['a', 1]))": lambda: list(map(str.upper, ["a", 1])),
    "int.bit_length('x')": lambda: int.bit_length("x"),
    "set.add([], 1)": lambda: set.add([], 1),
}
for text, call in calls.items():
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "TypeError:", e)
