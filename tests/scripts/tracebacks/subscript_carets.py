# A failing subscript is marked under its brackets.
table = {"a": [1, 2, 3]}


def lookup(key, i):
    row = table[key]
    return row[i] * 2


print(lookup("a", 1))
print(lookup("a", 10))
