# `super().m(...)` remembers, per call site, where m was found for each
# class of instance; every change that moves the answer must be seen.


class Base:
    def greet(self, who):
        return f"Base greets {who}"


class Mid(Base):
    def greet(self, who):
        return "Mid/" + super().greet(who)


class Leaf(Mid):
    def greet(self, who):
        return "Leaf/" + super().greet(who)


# One site (Mid.greet's) seen with instances of Mid, then Leaf, then Mid.
for obj in (Mid(), Leaf(), Mid(), Leaf()):
    print(obj.greet("x"))

# The base's method replaced after the sites are warm, then deleted.
Base.greet = lambda self, who: f"new Base greets {who}"
print(Leaf().greet("y"))
del Base.greet
try:
    Leaf().greet("z")
except AttributeError as e:
    print("AttributeError:", e)


def base_greet(self, who):
    return f"restored {who}"


Base.greet = base_greet
print(Leaf().greet("w"))

# A method put between the caller and the old answer.
Mid.extra = 1


class Other(Base):
    def greet(self, who):
        return "Other/" + super().greet(who)


class Diamond(Leaf, Other):
    pass


print(Diamond.__mro__ == (Diamond, Leaf, Mid, Other, Base, object))
print(Diamond().greet("d"))
print(Leaf().greet("l"), Other().greet("o"))

# A class body run twice: two classes whose methods share the call sites.


def make(tag):
    class Root:
        def hello(self):
            return f"Root {tag}"

    class Child(Root):
        def hello(self):
            return "Child/" + super().hello()

    return Child


a, b = make("A"), make("B")
for c in (a, b, a, b):
    print(c().hello())

# What super() finds is not a plain function: static, class method,
# property, a plain value.


class Kinds:
    @staticmethod
    def s(x):
        return f"static {x}"

    @classmethod
    def c(cls, x):
        return f"classmethod of {cls.__name__} {x}"

    @property
    def p(self):
        return "property"

    v = 42


class UsesKinds(Kinds):
    def s(self, x):
        return super().s(x)

    def c(self, x):
        return super().c(x)

    def p2(self):
        return super().p

    def v2(self):
        return super().v


k = UsesKinds()
for _ in range(2):
    print(k.s(1), k.c(2), k.p2(), k.v2())

# A long MRO (past what a site entry can pack) still finds its method.
cls = Base
chain = []
for i in range(20):
    cls = type(f"C{i}", (cls,), {})
    chain.append(cls)


class Top(cls):
    def greet(self, who):
        return "Top/" + super().greet(who)


for _ in range(2):
    print(Top().greet("deep"))

# super() in a method of a class not in the instance's MRO: the error.


class Stranger:
    def greet(self, who):
        return super().greet(who)


try:
    Stranger.greet(Leaf(), "s")
except TypeError as e:
    print("TypeError:", e)
