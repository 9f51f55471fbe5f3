# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def g(x, /, **kwargs):
    return x, sorted(kwargs.items())
print(g(1, x=2))
def h(a, b=2, /):
    return a + b
print(h(1), h(1, 5))
try:
    h(a=1)
except TypeError as e:
    print(e)
def k(p, /):
    return p
print(k('only'))
