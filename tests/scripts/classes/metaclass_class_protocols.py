# A metaclass's special methods apply to its classes: iteration, len,
# subscripting, `in`, reversed, repr, and attribute assignment and deletion.
class Registry(type):
    def __iter__(cls):
        return iter(cls._names)

    def __len__(cls):
        return len(cls._names)

    def __getitem__(cls, key):
        return "item " + key

    def __contains__(cls, key):
        return key in cls._names

    def __reversed__(cls):
        return reversed(cls._names)

    def __repr__(cls):
        return "<registry %s>" % cls.__name__

    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError("cannot rebind %s" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name.isupper():
            raise AttributeError("cannot delete %s" % name)
        super().__delattr__(name)


class Box(metaclass=Registry):
    _names = ["a", "b", "c"]
    LOCKED = 1


print(list(Box), len(Box), Box["x"], "b" in Box, "z" in Box, list(reversed(Box)))
print(repr(Box), [Box], str(Box))
Box.free = 2
print(Box.free)
del Box.free
print(hasattr(Box, "free"))
for action in (lambda: setattr(Box, "LOCKED", 2), lambda: delattr(Box, "LOCKED")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(Box.LOCKED)
type.__setattr__(Box, "LOCKED", 3)
print(Box.LOCKED, sorted(Box, reverse=True), [x for x in Box if x != "b"])
