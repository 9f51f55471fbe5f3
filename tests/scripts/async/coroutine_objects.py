# Coroutines as objects: hashable by identity (schedulers keep them in
# dicts), the types module's names for them, and __await__'s iterator.
import types


async def job(n):
    return n * 2


async def agen():
    yield


a, b = job(1), job(2)
names = {a: "a", b: "b"}
print(names[a], names[b], a == a, a == b, len({a, b, a}), hash(a) == hash(a))
print(type(a) is types.CoroutineType, isinstance(a, types.CoroutineType))
g = agen()
print(type(g) is types.AsyncGeneratorType, isinstance(g, types.GeneratorType))
print(type(a).__name__, type(g).__name__, type(a).__module__)
try:
    type(a)()
except TypeError as e:
    print(e)

# __await__() gives an iterator over the coroutine's own steps.
w = a.__await__()
print(type(w).__name__, iter(w) is w, hasattr(w, "__await__"))
try:
    next(w)
except StopIteration as e:
    print("returned", e.value)
try:
    w.send(None)
except RuntimeError as e:
    print(e)
print(next(b.__await__(), "default"))

steps = [type(x).__name__ for x in (g.__anext__(), g.asend(1), g.athrow(ValueError), g.aclose())]
print(steps)
