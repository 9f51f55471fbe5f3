# `match` and `case` stay ordinary names everywhere but at the head of a
# match statement and its case blocks.

match = 3
print(match)
match += 1
print(match)
match = [10, 20, 30]
print(match[0], match[-1], match[1:])
match[0] = 11
print(match)
match: int = 5
print(match)
match, case = 1, 2
print(match, case)
case = 7
case += 1
print(case)


def match(x, y=0):
    return ("called match", x, y)


print(match(1))
print(match(1, y=2))
match(3)
print(match (4))
print(match.__name__)


class Matcher:
    def match(self, pattern):
        return f"Matcher.match({pattern})"

    def case(self):
        return "Matcher.case()"


m = Matcher()
print(m.match("a"), m.case())
obj = Matcher()
obj.match = "attribute named match"
print(obj.match)

match = {"k": 1}
print(match["k"])
match = lambda: "lambda named match"
print(match())
match = -5
print(match - 1, match * 2, -match)
match = 2
print(match ** 3, match < 3)
# Expression statements starting with the name.
match - 1
match * 2
match.real
match < 3 > 1
match if match else None
match,
match[0] if False else match
print([match for match in range(3)])
print({case: case * 2 for case in range(3)})

# Names `match` and `case` as captures and values inside patterns.
match = "subject"
match match:
    case "other":
        print("no")
    case case:
        print("captured into case:", case)

match [1, 2]:
    case [match, case]:
        print("match =", match, "case =", case)


class case:
    match = "class attr"


match "class attr":
    case case.match:
        print("value pattern case.match")


def f(match, case):
    return match + case


print(f(match=1, case=2))

# A match statement whose subject starts with a parenthesis or bracket.
match (1, 2):
    case (a, b):
        print("parenthesized subject", a, b)
match [3, 4]:
    case [c, d]:
        print("list subject", c, d)
match -1:
    case -1:
        print("negative subject")
match (lambda: 5)():
    case 5:
        print("called lambda subject")

# Inside blocks, on one line with a comment, with a walrus subject.
if True:
    for i in range(2):
        match i:  # a comment after the colon
            case 0:
                print("zero")
            case _:
                print("not zero")
match (n := 4):
    case 4:
        print("walrus subject", n)

# `match` as a statement after other statements at the same level.
x = 1; y = 2
match x, y:
    case 1, 2:
        print("tuple subject after a semicolon line")


# A case body defining functions and classes.
match 1:
    case 1:
        def inside():
            return "def inside a case"

        class Inside:
            pass
print(inside(), Inside.__name__)



class InClass:
    match = 1
    case = match + 1
    match match:
        case 1:
            found = "match inside a class body"


print(InClass.case, InClass.found)

# The same words in strings and comments change nothing.
s = "match x:"
print(s, "case 1:")
print(match if False else "conditional with match")
