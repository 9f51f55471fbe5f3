# dict.__eq__ and dict.__ne__ compare mappings, also for dict subclasses
# that override __eq__ and call into dict's through super().
class Plain(dict):
    pass


class Ordered(dict):
    def __eq__(self, other):
        if isinstance(other, Ordered):
            return super().__eq__(other) and list(self) == list(other)
        return super().__eq__(other)

    __hash__ = None


p = Plain(a=1)
print(dict.__eq__(p, {"a": 1}), dict.__eq__({"a": 1}, p), dict.__eq__({"a": 1}, {"a": 2}))
print(dict.__ne__({"a": 1}, {"a": 2}), dict.__eq__({}, []), dict.__ne__({}, 0), {}.__eq__({}))
print(Ordered(a=1, b=2) == Ordered(b=2, a=1), Ordered(a=1, b=2) == {"b": 2, "a": 1})
print({"b": 2, "a": 1} == Ordered(a=1, b=2), Ordered(a=1) != {"a": 1}, p == {"a": 1}, p != p)


# dict.__init__ names dict in its messages, also through super().
class Init(dict):
    def __init__(self, *args):
        super().__init__(*args)


for make in (lambda: dict.__init__({}, 1, 2), lambda: Init(1, 2), lambda: {}.update(1, 2)):
    try:
        make()
    except TypeError as e:
        print(e)
