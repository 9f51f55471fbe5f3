# __name__ and __qualname__ for nested classes and methods.
class Outer:
    class Inner:
        def method(self):
            pass

        class Deep:
            pass

    def meth(self):
        class Local:
            pass
        return Local

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__name__, Outer.Inner.method.__qualname__)
print(Outer.Inner.Deep.__qualname__)
L = Outer().meth()
print(L.__name__, L.__qualname__)
print(Outer.meth.__qualname__)
print(Outer.Inner)
print(Outer.Inner.Deep)

def factory():
    class Made:
        def m(self):
            pass
    return Made

M = factory()
print(M.__qualname__, M.m.__qualname__)
