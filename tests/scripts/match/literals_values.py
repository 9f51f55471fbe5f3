# Literal patterns compare with ==, None/True/False with `is`; dotted
# names are value patterns.

def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 1+2j:
            return "complex 1+2j"
        case -1-1j:
            return "complex -1-1j"
        case 3j:
            return "pure imaginary"
        case "hello":
            return "greeting"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 12345678901234567890123:
            return "big"
        case _:
            return "other"


for v in [0, -1, 1.5, -2.5, 1 + 2j, -1 - 1j, 3j, "hello", "concat", b"raw",
          None, True, False, 12345678901234567890123, 0.0, -1.0, 2, "x", [], 1]:
    print(repr(v), "->", describe(v))

# True is not 1 for a singleton pattern, but 1 == True for a literal.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched 1")
match True:
    case 1:
        print("True matched the literal 1")
match 1.0:
    case 1:
        print("1.0 matched the literal 1")
match 0:
    case False:
        print("wrong")
    case _:
        print("0 is not False")


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 1


class Const:
    pass


const = Const()
const.limit = 10


def color_name(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case Color.Shade.DARK:
            return "dark shade"
        case const.limit:
            return "at the limit"
        case _:
            return "unknown"


for c in ["red", "green", 1, 10, "blue"]:
    print(c, "->", color_name(c))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Eq.__eq__", self.v, other)
        return self.v == other


match Eq(5):
    case 4:
        print("no")
    case 5:
        print("Eq(5) == 5 through __eq__")


class Weird:
    def __eq__(self, other):
        return "truthy"


match Weird():
    case "anything":
        print("a truthy __eq__ result matches")


class NoEq:
    pass


n = NoEq()
match n:
    case 1:
        print("no")
    case "s":
        print("no")
    case None:
        print("no")
    case _:
        print("NoEq matched only the wildcard")

# A subclass of int compares as its value.
class MyInt(int):
    pass


match MyInt(7):
    case 7:
        print("MyInt(7) matched 7")

# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, subject evaluated", len(calls), "time")

# A match with no matching case does nothing.
match 99:
    case 1:
        print("no")
print("after unmatched match")

# Negative zero and floats.
match -0.0:
    case 0:
        print("-0.0 matches 0")
match float("nan"):
    case 1.0:
        print("no")
    case _:
        print("nan matches nothing")
