"""A small helper module imported by the tests in this folder."""
print("_helper: executing module body, __name__ =", __name__)

__all__ = ["func", "CONST", "Greeter", "_exported"]

CONST = 42
extra = "public but not listed in __all__"
_private = "underscore name"
_exported = "underscore name listed in __all__"


def func(x):
    return x * 2 + CONST


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hello, " + self.name


def _internal():
    return "internal"


if __name__ == "__main__":
    print("_helper: running as a script")
