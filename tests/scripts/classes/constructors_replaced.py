# __init__ and __new__ replaced, added or deleted after instances were made:
# the next instantiation sees the change, in the class and its subclasses.
class A:
    def __init__(self):
        print("A.__init__")


class B(A):
    pass


B()


def init2(self):
    print("init2 for", type(self).__name__)


A.__init__ = init2
B()
A()


def new(cls, *args):
    print("new", cls.__name__)
    return object.__new__(cls)


B.__new__ = new
B()
del A.__init__
A()
B()


class C(B):
    def __init__(self, n):
        super().__init__()
        self.n = n


print(C(3).n)
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
