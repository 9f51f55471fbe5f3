# An instance attribute hides a method of the same name, however the method
# call was cached before: the attribute stored inline (a new shared key),
# in a materialized __dict__, or already known to the class.


class A:
    def f(self):
        return "method"


a, b = A(), A()
print([a.f() for _ in range(3)], [b.f() for _ in range(3)])
b.f = lambda: "b's own f"
print([a.f() for _ in range(3)], [b.f() for _ in range(3)])
del b.f
print(b.f())

c = A()
c.__dict__["f"] = lambda: "through __dict__"
print(c.f(), a.f())
vars(a).update(f=lambda: "updated")
print(a.f(), A().f())


class B:
    def __init__(self):
        self.x = 1

    def g(self):
        return "g method"


objs = [B() for _ in range(4)]
print([o.g() for o in objs])
objs[2].g = lambda: "shadowed"
print([o.g() for o in objs])


class C:
    def __init__(self, hide):
        if hide:
            self.h = lambda: "instance h"

    def h(self):
        return "method h"


first = C(True)
plain = C(False)
print(first.h(), plain.h(), [C(i % 2 == 0).h() for i in range(4)])


def call_all(items):
    return [i.f() for i in items]


class D(A):
    pass


items = [A(), D(), A()]
print(call_all(items))
items[1].f = lambda: "D instance"
print(call_all(items))


# A class learns a new instance key named like its method (from an
# instance that keeps a __dict__); later instances keep that key inline.
class E:
    def f(self):
        return "method"


def call(o):
    return o.f()


e1 = E()
print(call(e1))
e2 = E()
e2.f = lambda: "e2's own"
e3 = E()
print(call(e3))
e3.f = lambda: "e3's own"
print(call(e3), call(e2), call(e1))
