# Calls of builtin functions (`id`, `abs`, `isinstance`, `min`...) through a
# global name's site that has found them in the builtins: the site must
# notice a global of that name, a rebound builtins entry, and give the same
# results and errors as any other call, eval/exec still seeing the caller.
import builtins


def absolute(x):
    return abs(x)


for v in (-3, 2.5, -(10**30), True):
    print(absolute(v))


def kinds(x):
    return isinstance(x, int), isinstance(x, (str, bytes)), callable(x)


print(kinds(3), kinds("s"), kinds(len))
print(kinds(3), kinds("s"), kinds(len))


def same(a, b):
    return id(a) == id(b)


o = object()
print(same(o, o), same(o, object()))


def global_abs_later(x):
    return abs(x)


print(global_abs_later(-5))


def abs(x):  # noqa: shadows the builtin from now on
    return "global abs"


print(global_abs_later(-5))
del abs
print(global_abs_later(-5))

saved = builtins.abs
builtins.abs = lambda x: "rebound builtins.abs"
print(global_abs_later(-5))
builtins.abs = saved
print(global_abs_later(-5))


def errors():
    tries = [
        lambda: abs("x"),
        lambda: abs(1, 2),
        lambda: isinstance(1),
        lambda: isinstance(1, 2),
        lambda: id(),
        lambda: min(5),
        lambda: max([]),
        lambda: hash([]),
        lambda: ord("ab"),
        lambda: chr(-1),
        lambda: divmod(1, 0),
    ]
    for t in tries:
        try:
            print("no error:", t())
        except (TypeError, ValueError, ZeroDivisionError) as e:
            print(type(e).__name__ + ":", e)


errors()
errors()


def starred_and_keywords(pair):
    return divmod(*pair), min(*pair), max(pair, key=lambda v: -v), round(2.675, 2), sorted(pair, reverse=True)


print(starred_and_keywords((17, 5)))
print(starred_and_keywords((17, 5)))


def with_frame():
    secret = 42
    a = eval("secret + 1")
    exec("print('exec sees', secret)")
    return a, eval("secret", {"secret": "given"}), sorted(vars(Point(1, 2)).items()), "x" in dir(Point(1, 2))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(with_frame())
print(with_frame())


def printing(x):
    print(x)
    print(x, "and more")
    return repr(x), ascii("é"), format(3.14159, ".2f"), getattr(Point(1, 2), "y"), hasattr(x, "y")


print(printing(3.5))
print(printing("s")[1:])


def failing_inside():
    return next(iter([]))


try:
    failing_inside()
except StopIteration:
    print("StopIteration from next")


def constructors(x):
    made = [set(), list(), dict(), tuple(), frozenset(), int(), str(), float(), bool(), bytes()]
    made += [set(x), list(x), tuple(x), sorted(frozenset(x)), int("12"), int("ff", 16), str(3.5)]
    made += [float("1e3"), bool(x), bytes(2), range(1, 4), type(x).__name__, str(b"ab", "ascii")]
    made += [dict(a=1), set(*[[1, 1]]), complex(1, 2), object().__class__.__name__]
    return made


print(constructors([3, 1, 3]))
print(constructors((2,)))


def constructor_errors():
    tries = [
        lambda: int("x"),
        lambda: int("5", 99),
        lambda: float("pi"),
        lambda: list(1, 2),
        lambda: set(5),
        lambda: tuple(None),
        lambda: range(),
        lambda: bytes(-1),
    ]
    for t in tries:
        try:
            print("no error:", t())
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


constructor_errors()
constructor_errors()


def make_list(x):
    return list(x)


print(make_list("ab"))
list = lambda x: "global list"  # noqa: shadows the builtin type
print(make_list("ab"))
del list
print(make_list("ab"))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return super(B, self).who() + "B"


class C(B):
    def who(self):
        return super().who() + "C"


for _ in range(2):
    print(B().who(), C().who())


def last():
    return int("nope") + abs(None)


last()
