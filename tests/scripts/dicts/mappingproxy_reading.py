# mappingproxy (a class's __dict__, a Pattern's groupindex): str is the
# dict's, == compares with dicts, dict() and ** copy it, and it cannot be
# changed.
import re

class A:
    x = 1

g = re.compile('(?P<a>x)(?P<b>y)').groupindex
for m in (g, A.__dict__):
    print(type(m).__name__, dict(m)["x" if m is not g else "a"], {**m}.get("b"), str(m) == str(dict(m)), m == dict(m), dict(m) == m, m == m)
print(g, repr(g), g == {'a': 1, 'b': 2}, g != {'a': 1}, g == {'b': 2, 'a': 1}, len(g), list(g), g.get('zz'), g.copy())
for f in [lambda: g.__setitem__('c', 3), lambda: g.pop('a')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    g['c'] = 3
except TypeError as e:
    print(e)
try:
    del g['a']
except TypeError as e:
    print(e)
