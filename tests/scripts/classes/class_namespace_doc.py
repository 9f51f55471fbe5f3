# Every class has a __doc__ (None without a docstring), its instances see
# it, and __qualname__ belongs to the type, not its namespace.
class Plain:
    pass


class Documented:
    "A documented class."
    size = 1


class Slotted:
    __slots__ = ("a",)


class Renamed:
    __qualname__ = "Outer.Renamed"


print(Plain.__doc__, Plain().__doc__, Documented().__doc__, Slotted().__doc__)
print([k for k in Documented.__dict__ if k != "__dict__" and k != "__weakref__"])
print(list(Slotted.__dict__))
print("__qualname__" in Plain.__dict__, Plain.__qualname__, Renamed.__qualname__, Renamed.__name__)
print(Renamed)
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
