class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def where(p):
    match p:
        case [1, 2]:
            return "pair"
        case Point(0, 1):
            return "no"


print(where([1, 2]))
print(where(Point(3)))
