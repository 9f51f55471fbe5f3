# dir() of the builtin types, special methods included. Pickling's
# __reduce__, __reduce_ex__ and __getstate__ are left out: pyslot has no
# pickle (see the README).
NOT_PROVIDED = {"__reduce__", "__reduce_ex__", "__getstate__"}
for t in (int, float, str, list, dict, set, frozenset, tuple, bytes, bytearray, object, bool):
    names = [n for n in dir(t) if n not in NOT_PROVIDED]
    print(t.__name__, len(names), names)
print(int.__doc__.splitlines()[0], "|", object.__doc__.splitlines()[0], "|", float.__getformat__("double"))
