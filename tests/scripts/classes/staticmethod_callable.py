# A staticmethod object is callable itself; a classmethod object is not.
class A:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
print(A.__dict__["s"](4), A.s(2), A().s(3), A.c(), callable(A.__dict__["s"]))
try:
    A.__dict__["c"]()
except TypeError as e:
    print("TypeError:", e)
