# TypeError messages for wrong argument counts.
def f(a, b):
    return a + b
def g(a, b=1):
    return a
def h():
    return 0
def k(a, *, b):
    return a
tests = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: k(1, 2),
    lambda: k(1),
    lambda: k(b=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
