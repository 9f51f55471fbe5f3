# Dispatching on the shape of values with match: literals, class patterns
# with keywords and __match_args__, sequences, mappings, or-patterns and
# guards, 600k subjects.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


def score(v):
    match v:
        case 0:
            return 1
        case "stop" | "halt":
            return 2
        case Point(x=0, y=0):
            return 3
        case Point(x, 0):
            return x
        case Point(x=x, y=y) if x == y:
            return 4
        case Circle(Point(cx, cy), r) if r > 2:
            return cx + cy + r
        case Circle():
            return 5
        case [a, b]:
            return a - b
        case [first, *rest]:
            return first + len(rest)
        case {"op": "add", "args": [p, q]}:
            return p + q
        case {"op": op}:
            return len(op)
        case int(n) if n < 0:
            return -n
        case _:
            return 0


values = []
for i in range(100):
    values.append(i % 7)
    values.append("stop" if i % 2 else "halt")
    values.append(Point(i % 3, 0))
    values.append(Point(i, i))
    values.append(Circle(Point(i, 1), i % 5))
    values.append([i, 1] if i % 2 else [i, 1, 2, 3])
    values.append({"op": "add", "args": [i, 2]} if i % 3 else {"op": "mul"})
    values.append(-i)

total = 0
for _ in range(750):
    for v in values:
        total += score(v)
print(total)
