# __annotations__ of functions (evaluated when the def runs), classes and
# the module.
def f(x: list[int] | None = None, *args: int, y: "str" = "a", **kw: float) -> dict[str, int]:
    return {}
print(f.__annotations__)
def g(a, b): pass
print(g.__annotations__, (lambda q: q).__annotations__)
class C:
    n: int = 3
    name: str
    def m(self, v: int) -> None: pass
print(C.__annotations__, C.m.__annotations__)
x: float = 1.5
print(__annotations__)
