class Bad:
    def __eq__(self, other):
        raise ValueError("no comparing")


def f(v):
    match v:
        case [
            1,
            "two",
        ]:
            return 1
        case "literal":
            return 2


f(Bad())
