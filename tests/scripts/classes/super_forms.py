# super() with zero and two arguments, in __init__ and regular methods.
class A:
    def hello(self):
        return 'A.hello'

    @classmethod
    def make(cls):
        return 'A.make for ' + cls.__name__

class B(A):
    def hello(self):
        return 'B.hello -> ' + super().hello()

    @classmethod
    def make(cls):
        return 'B.make -> ' + super().make()

class C(B):
    def hello(self):
        return 'C.hello -> ' + super(C, self).hello()

    def skip(self):
        return super(B, self).hello()

c = C()
print(c.hello())
print(c.skip())
print(C.make())
print(super(C, c).hello())
print(super(B, c).hello())
s = super(C, c)
print(type(s).__name__)
print(B.make())
