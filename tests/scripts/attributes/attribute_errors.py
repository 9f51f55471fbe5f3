# AttributeError messages for instances, classes and builtins.
class Point:
    x = 1

p = Point()
def show(f):
    try:
        f()
    except AttributeError as e:
        print('AttributeError:', e)

show(lambda: p.z)
show(lambda: Point.z)
show(lambda: (5).nope)
show(lambda: 'abc'.nope)
show(lambda: None.nope)
show(lambda: [].nope)
show(lambda: getattr(p, 'q'))
class Sub(Point):
    pass
show(lambda: Sub().missing)
try:
    p.z
except AttributeError as e:
    print(e.args)
try:
    (1).real = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
