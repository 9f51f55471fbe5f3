# Reading closure variables (cells): bound, rebound by nonlocal, deleted,
# never bound yet (both errors, with CPython's messages), read by a
# comprehension from its function, and a class body's names beside cells.


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    def peek():
        return n

    return bump, peek


bump, peek = counter()
print(bump(), bump(), peek())


def late():
    def inner():
        return value

    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = "bound now"
    print(inner())
    del value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)


late()


def own_cell_unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1

    def use():
        return x

    return use()


print(own_cell_unbound())


def comprehension_reads(taken, dom):
    kept = [x for x in dom if x not in taken]
    taken = {9}
    again = [x for x in dom if x not in taken]
    return kept, again, sum(1 for x in dom if x in taken)


print(comprehension_reads({1, 2}, [1, 2, 3, 9]))


def class_body_and_cell():
    secret = "cell"

    class C:
        secret = "class body"
        seen = secret

        def method(self):
            return secret

    return C.seen, C().method()


print(class_body_and_cell())


def loop_of_reads():
    total = 0
    step = 3

    def add(k):
        return k + step

    for i in range(1000):
        total = add(total)
    return total


print(loop_of_reads())
