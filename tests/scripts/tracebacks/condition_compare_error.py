# A comparison that fails inside a loop condition points at the comparison.
def first_below(limit, items):
    i = 0
    while items[i] < limit:
        i += 1
    return i


print(first_below(3, [1, 2, 5]))
print(first_below(3, [1, 2, "x"]))
