# Named __slots__ on subclasses of builtin types follow CPython's rules:
# int, bytes and tuple keep their items inside the object, so their
# subtypes may only say __slots__ = (); the others may add slots.
for base in (int, bytes, tuple, str, float, list, dict, set, frozenset):
    try:
        cls = type("X", (base,), {"__slots__": ("extra",)})
        obj = cls()
        obj.extra = 5
        print(base.__name__, "slots ok:", obj.extra, hasattr(obj, "__dict__"))
    except TypeError as e:
        print(base.__name__, "TypeError:", e)
    empty = type("E", (base,), {"__slots__": ()})()
    print(base.__name__, "empty slots:", repr(empty), hasattr(empty, "__dict__"))
