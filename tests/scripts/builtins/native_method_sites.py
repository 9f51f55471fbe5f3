# Calls of builtin values' methods through a call site that remembers the
# method: every argument count, keywords and starred arguments (the general
# call), wrong counts (CPython's errors), one site meeting values of several
# types, subclass instances and their overrides, str subclasses as
# arguments, and errors raised inside the method.
from collections import deque


class MyStr(str):
    pass


class MyList(list):
    def append(self, x):
        super().append(("wrapped", x))


def call_copy(values):
    # one site, many receivers: list, dict, set, a list subclass
    return [type(v.copy()).__name__ for v in values]


print(call_copy([[1], {1: 2}, {3}, MyList([4]), deque([5])]))


def appends(target, items):
    for x in items:
        target.append(x)
    return target


print(appends([], range(3)))
print(appends(MyList(), range(3)))
print(appends(deque(), "ab"))
try:
    appends((1, 2), [3])
except AttributeError as e:
    print("AttributeError:", e)


def counts():
    xs = [5, 6, 7]
    out = [xs.pop(), xs.pop(0)]
    xs.insert(0, 9)
    out.append(xs)
    d = {"a": 1}
    out += [d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("c", 3), d]
    s = {1}
    s.add(2)
    s.discard(1)
    out.append(s)
    out.append("a-b-c".replace("-", "+", 1))
    out.append("x".join(["1", "2"]))
    return out


print(counts())


def wrong_counts():
    xs = [1]
    d = {}
    tries = [
        lambda: xs.append(),
        lambda: xs.append(1, 2),
        lambda: xs.pop(0, 1),
        lambda: d.get(),
        lambda: d.get(1, 2, 3),
        lambda: set().add(),
        lambda: "s".upper(1),
        lambda: xs.index(),
    ]
    for t in tries:
        try:
            t()
        except TypeError as e:
            print("TypeError:", e)


wrong_counts()
wrong_counts()


def keywords_and_stars():
    xs = [3, 1, 2]
    xs.sort(reverse=True)
    args = (0, "z")
    xs.insert(*args)
    d = {}
    d.update(a=1)
    pair = ("k", 5)
    return xs, d.get(*pair), d.setdefault(*pair), d, "a,b".split(sep=",")


print(keywords_and_stars())
try:
    [].sort(1)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get(k=1)
except TypeError as e:
    print("TypeError:", e)


def str_subclass_args(s):
    return s.startswith(MyStr("ab")), s.endswith(MyStr("z")), s.count(MyStr("b")), s.find(MyStr("c"))


print(str_subclass_args("abcb"))
print(str_subclass_args(MyStr("abcb")))


def failing():
    xs = []
    for i in range(3):
        try:
            xs.remove(i)
        except ValueError as e:
            print("ValueError:", e)
    d = {}
    try:
        d.pop("missing")
    except KeyError as e:
        print("KeyError:", e)
    try:
        set().pop()
    except KeyError as e:
        print("KeyError:", e)
    try:
        [].pop()
    except IndexError as e:
        print("IndexError:", e)


failing()


def same_site_changes(objs):
    # the method a site knows is checked against each receiver's type
    return [o.count(1) for o in objs]


print(same_site_changes([[1, 1], (1, 2, 1), [1, 2], [], (1,)]))
try:
    same_site_changes([[1], "1"])
except TypeError as e:
    print("TypeError:", e)
try:
    same_site_changes([[1], {1: 1}])
except AttributeError as e:
    print("AttributeError:", e)


def unbound_through_type():
    xs = [1]
    list.append(xs, 2)
    try:
        list.append((1,), 2)
    except TypeError as e:
        print("TypeError:", e)
    return xs


print(unbound_through_type())


def mutation_while_called():
    # a key function that changes the list being sorted
    xs = [3, 2, 1]

    def key(v):
        xs.append(v)
        return v

    try:
        xs.sort(key=key)
    except ValueError as e:
        print("ValueError:", e)
    return xs


print(mutation_while_called())


def last_error():
    xs = [1, 2]
    xs.index(3)



class MyInt(int):
    def __str__(self):
        return "MyInt!"


class MyFloat(float):
    pass


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return other == self.v

    __hash__ = None


def instances_as_arguments():
    # kept as they are by list and set methods; unwrapped by str, int and
    # float methods; str.format asks the subclass itself
    obj = Eq(2)
    xs = [1, 2, 3]
    xs.append(obj)
    out = [xs[-1] is obj, xs.count(Eq(3)), xs.index(Eq(2))]
    s = set()
    k = MyInt(4)
    s.add(k)
    out.append(type(next(iter(s))).__name__)
    out.append((10).__add__(MyInt(5)))
    out.append((2.5).__mul__(MyFloat(2.0)))
    out.append("a-b".replace(MyStr("-"), MyStr("+")))
    out.append("{} {}".format(MyInt(1), 2))
    out.append("".join([MyStr("x"), "y"]))
    out.append(MyStr("abc").upper())
    out.append(type(MyStr("abc").upper()).__name__)
    return out


print(instances_as_arguments())
print(instances_as_arguments())
last_error()
