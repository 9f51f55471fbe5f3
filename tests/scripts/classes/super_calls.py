# super().m(...) in its many shapes: plain methods, class and static
# methods, properties, keyword arguments, a rebound first argument, and
# the errors when super() has nothing to work with.
class Base:
    def __init__(self, x, y=0, *, z=1):
        self.x, self.y, self.z = x, y, z

    def describe(self, prefix=""):
        return f"{prefix}Base({self.x}, {self.y}, {self.z})"

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def twice(v):
        return 2 * v

    @property
    def total(self):
        return self.x + self.y + self.z


class Mid(Base):
    def describe(self, prefix=""):
        return "Mid>" + super().describe(prefix)


class Leaf(Mid):
    def __init__(self, x):
        super().__init__(x, y=5, z=7)

    def describe(self, prefix=""):
        return "Leaf>" + super().describe(prefix=prefix)

    @classmethod
    def make(cls, x):
        obj = super().make(x)
        return ("made", type(obj).__name__)

    def doubled(self):
        return super().twice(self.x), super().total

    def rebound(self):
        self = Mid(100)
        return super().describe()


leaf = Leaf(3)
print(leaf.describe(), leaf.describe("> "))
print(Leaf.make(4))
print(leaf.doubled())
try:
    print(leaf.rebound())
except TypeError as e:
    print("TypeError", e)
for i in range(3):
    print(Leaf(i).describe(str(i)))


def outside():
    return super().describe()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)


class NoMethod(Base):
    def call(self):
        return super().missing()


try:
    NoMethod(1).call()
except AttributeError as e:
    print("AttributeError", e)
