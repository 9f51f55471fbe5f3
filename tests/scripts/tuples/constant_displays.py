# A tuple display of constants only is made once and is the same tuple
# each time it runs (CPython folds it into one constant); anything mutable
# or computed inside makes a new tuple each time.


def steps():
    return ((-1, 0), (1, 0), (0, -1), (0, 1))


def mixed(x):
    return (x, 1)


def holder():
    return (1, [])


def numbers():
    return (-8, +5, ~7, -1.5, -0.0, -1000000000000000000000000000000, -3j, "s", b"b", None, True, ..., ())


def computed():
    return (-2**3, 10**30 + 1, 7 // 2)


print(steps() is steps(), steps()[0] is steps()[0], steps())
print(mixed(1) is mixed(1), mixed(1) == mixed(1))
a, b = holder(), holder()
a[1].append("only a")
print(a, b, a[1] is b[1])
print(numbers())
print(numbers() is numbers(), [type(v).__name__ for v in numbers()])
print(computed(), computed() == computed())

total = 0
for i in range(5):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        total += (i + dr) * 3 + dc
print(total)
print(3 in (1, 2, 3), "x" not in ("a", "b"), (1, (2, 3)) == (1, (2, 3)))
print(hash((1, 2)) == hash((1, 2)), len(((), ((),))))


def bad_invert():
    return (~1.5,)


def bad_neg():
    return (-"text", 1)


for fn in (bad_invert, bad_neg, bad_invert):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
