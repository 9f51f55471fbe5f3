# A property's error messages name the attribute a class body bound it to
# (__set_name__), and say only "property of" when it was stored later.

p = property(lambda s: 1)
print(hasattr(p, "__set_name__"))
class K:
    a = property(lambda s: 1)
k = K()
try:
    k.a = 2
except AttributeError as e:
    print(e)
p.__set_name__(K, "zz")
K.b = p
try:
    k.b = 2
except AttributeError as e:
    print(e)
q = property(lambda s: 1)
K.c = q
try:
    k.c = 2
except AttributeError as e:
    print(e)
try:
    del k.c
except AttributeError as e:
    print(e)
r = property(None)
K.d = r
try:
    k.d
except AttributeError as e:
    print(e)
class L:
    @property
    def v(self): return 1
    w = v.setter(lambda s, x: None)
l = L()
try:
    del l.w
except AttributeError as e:
    print(e)
T = type("T", (), {"t": property(None), "u": property(lambda s: 0)})
try:
    T().t
except AttributeError as e:
    print(e)
try:
    T().u = 1
except AttributeError as e:
    print(e)


class M:
    a = b = property(lambda s: 1)


try:
    M().a = 0
except AttributeError as e:
    print(e)
print(M.a is M.b, M.a.__set_name__(M, "renamed"), M.__dict__["a"].fget(None))
try:
    del M().b
except AttributeError as e:
    print(e)
