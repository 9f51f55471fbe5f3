# Metaclasses: __new__/__init__/__call__/__prepare__ on a type subclass,
# metaclass= with other class keywords, inheritance of the metaclass and its
# conflicts, metaclass methods and properties seen on the class, and
# __init_subclass__ with keywords.
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def describe(cls):
        return f"{cls.__name__} made by {type(cls).__name__}"
class Base(metaclass=Registry):
    pass
class Child(Base, tag="kid"):
    pass
print(Registry.classes, type(Base).__name__, type(Child).__name__, Base.tag, Child.tag)
print(Child.describe(), isinstance(Child, Registry), isinstance(Base(), Base))
class Counted(type):
    def __call__(cls, *args, **kw):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*args, **kw)
class P(metaclass=Counted):
    def __init__(self, x):
        self.x = x
a, b = P(1), P(2)
print(P.count, a.x, b.x, type(a).__name__)
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        d = {}
        d["prepared"] = True
        return d
class O(metaclass=Ordered):
    x = 1
print(O.prepared, O.x)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(e)
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class Csv(Plugin, name="csv"): pass
class Json(Plugin): pass
print(Plugin.plugins, Csv.plugin_name)
try:
    class Bad(flag=1): pass
except TypeError as e:
    print(e)
Dyn = Registry("Dyn", (), {"v": 5})
print(type(Dyn).__name__, Dyn.v, Registry.classes[-1])
class Meta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta): pass
print(Thing.upper_name)
