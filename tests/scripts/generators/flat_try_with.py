# Generators suspended inside try and with blocks and in yield from: their
# finally blocks, handlers and __exit__ methods run as in any function.

def counted(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("counted finally", n)

print(list(counted(3)))
g = counted(5)
print(next(g), next(g))
g.close()
print("closed")
g = counted(2)
next(g)
del g
print("after del")

def catcher():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("caught", type(e).__name__, e)
        except (KeyError, IndexError):
            print("caught lookup")
        else:
            print("else ran")
        finally:
            print("finally ran")

c = catcher()
print(next(c))
print(c.send(1))
print(c.throw(ValueError("bad")))
print(c.throw(KeyError))
try:
    c.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated", e)
print(next(c, "exhausted"))

def loops():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            print("finally", i)
    yield "after loop"
    try:
        try:
            yield "nested"
            return "done"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
    yield "never"

g = loops()
print(list(g))

def returns_in_finally():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "from finally"

g = returns_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

def managed():
    with Manager("a") as a, Manager("b", swallow=True) as b:
        print("inside", a, b)
        yield 1
        raise KeyError("k")
    print("after with")
    with Manager("c"):
        yield 2
    yield 3

m = managed()
print(next(m))
print(next(m))
m.close()
print("closed m")
m = managed()
print(list(m))

def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def inner():
    try:
        x = yield "inner 1"
        print("inner got", x)
        y = yield "inner 2"
        return x + y
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(2)
    return r

o = outer()
print(next(o))
print(o.send(1))
print(o.send(2))
print(list(o))
o = outer()
next(o)
o.close()
print("outer closed")
o = outer()
next(o)
try:
    o.throw(ValueError("into the delegate"))
except ValueError as e:
    print("from delegate:", e)

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "t"
    def throw(self, typ, val=None, tb=None):
        print("Thrower.throw", typ.__name__)
        return "handled"
    def close(self):
        print("Thrower.close")

def uses_thrower():
    yield from Thrower()

t = uses_thrower()
print(next(t))
print(t.throw(ValueError))
t.close()

def error_in_finally():
    try:
        yield 1
        raise ValueError("first")
    finally:
        raise KeyError("second")

g = error_in_finally()
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

def not_iterable():
    yield from 5

try:
    next(not_iterable())
except TypeError as e:
    print("TypeError", e)
