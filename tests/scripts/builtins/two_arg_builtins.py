# Builtins called with two positional arguments, and methods of builtin
# values with two: results, and the errors CPython gives for wrong ones.


class A:
    pass


class B(A):
    pass


b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(3, str), issubclass(B, A))
print(divmod(17, 5), divmod(-7, 2), divmod(7.5, 2))
print(getattr(b, "x", None) is None, hasattr(b, "x"), pow(3, 4), round(2.567, 2))
print(min(3, 1), max("a", "b"), format(255, "x"), isinstance(True, int))
d = {"a": 1}
print(d.get("a", 0), d.get("z", 5), d.setdefault("k", []), d)
s = "a,b,c"
print(s.split(",", 1), s.replace(",", ";"), s.find("b", 1), s.startswith("a", 0))
xs = [1, 2, 3]
xs.insert(0, 9)
print(xs, xs.index(2, 1), xs.count(9))

for call in [
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: divmod(1, 0),
    lambda: divmod("a", 1),
    lambda: getattr(b, 5),
    lambda: len(1, 2),
    lambda: abs(1, 2),
    lambda: xs.insert(1),
    lambda: xs.append(1, 2),
    lambda: d.get(),
    lambda: s.split(1, 2),
    lambda: list.append(5, 6),
    lambda: ord("ab"),
    lambda: round(1.5, "x"),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
