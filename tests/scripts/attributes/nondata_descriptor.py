# Non-data descriptors (only __get__) lose to the instance dict.
class Quiet:
    def __get__(self, obj, owner):
        return 'computed'

class P:
    attr = Quiet()
    def method(self):
        return 'method'

p = P()
print(p.attr)
p.attr = 'instance value'
print(p.attr)
del p.attr
print(p.attr)
print(p.method())
p.method = lambda: 'shadowed'
print(p.method())
del p.method
print(p.method())
print(P.attr)
class Cached:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value
class Heavy:
    calls = 0
    @Cached
    def data(self):
        Heavy.calls += 1
        return [1, 2, 3]
h = Heavy()
print(h.data, h.data, Heavy.calls)
print(type(Heavy.data).__name__)
