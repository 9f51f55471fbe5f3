# Raising one exception object many times: each raise adds its frames.
e = ValueError("again")


def f():
    raise e


for i in range(20000):
    try:
        f()
    except ValueError:
        pass


def g(n):
    try:
        raise e
    except ValueError:
        if n:
            g(n - 1)
        raise


try:
    g(3)
except ValueError as x:
    print(x is e)

e2 = TypeError("shown")
for i in range(3):
    try:
        raise e2
    except TypeError:
        pass
raise e2
