# One call site `obj.m()` seeing many classes, and every way the method it
# found before can stop being the right one.
class A:
    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


class C(A):
    pass


class S:
    __slots__ = ("v",)

    def m(self):
        return "S.m"


def call_all(objs):
    return [o.m() for o in objs]


objs = [A(), B(), C(), S(), A(), C()]
print(call_all(objs))
print(call_all(objs))

# An instance attribute hides the class's method.
a = objs[0]
a.m = lambda: "instance attribute"
print(call_all(objs))
del a.m
print(call_all(objs))


# The method replaced on the class, then in a subclass, then removed.
def new_m(self):
    return "new A.m"


A.m = new_m
print(call_all(objs))
C.m = lambda self: "C lambda"
print(call_all(objs))
del C.m
print(call_all(objs))
A.m = staticmethod(lambda: "static")
print(call_all(objs))
A.m = classmethod(lambda cls: "classmethod of " + cls.__name__)
print(call_all(objs))
del A.m
try:
    call_all(objs)
except AttributeError as e:
    print("AttributeError:", e)


# A __getattribute__ added later sees every call.
class D:
    def m(self):
        return "D.m"


d = D()
print(call_all([d, d]))


def loud(self, name):
    print("getattribute", name)
    return object.__getattribute__(self, name)


D.__getattribute__ = loud
print(call_all([d]))

# Classes made in a loop, each with its own method.
for i in range(3):
    class K:
        def m(self, i=i):
            return "K%d" % i

    print(call_all([K()]))
