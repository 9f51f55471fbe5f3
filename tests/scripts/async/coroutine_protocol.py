# A coroutine object by hand: send() runs it to its first suspension,
# returning raises StopIteration carrying the value.


class Suspend:
    """An awaitable that suspends once, handing `label` to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


async def add(a, b):
    return a + b


c = add(2, 3)
print(type(c).__name__, type(c))
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(c.cr_frame, c.cr_suspended)


async def talk():
    print("  started")
    first = await Suspend("first")
    print("  resumed with", first)
    second = await Suspend("second")
    print("  resumed with", second)
    return first + second


c = talk()
print("send(None) ->", c.send(None))
print("cr_await is a generator:", type(c.cr_await).__name__, c.cr_suspended)
print("send(10) ->", c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(c.cr_await, c.cr_suspended)

# A finished coroutine cannot run again.
for what in ("send", "throw"):
    try:
        if what == "send":
            c.send(None)
        else:
            c.throw(ValueError("late"))
    except RuntimeError as e:
        print(what, "->", e)
print("close on a finished coroutine:", c.close())

# The first send must be None.
c = add(1, 1)
try:
    c.send(5)
except TypeError as e:
    print(e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)

# throw() delivers an exception at the await; it may be handled.


async def careful():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("  caught", repr(e))
        await Suspend("after the error")
        return "recovered"


c = careful()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("value:", e.value)

# throw() into a coroutine that does not handle it ends it.
c = careful()
c.send(None)
try:
    c.throw(ValueError, ValueError("unhandled"))
except ValueError as e:
    print("propagated:", e)
print("suspended:", c.cr_suspended)

# throw() before the first send raises at once.
c = careful()
try:
    c.throw(IndexError("early"))
except IndexError as e:
    print("early:", e)

# close() runs finally blocks.


async def with_cleanup():
    try:
        await Suspend("busy")
    finally:
        print("  cleanup ran")


c = with_cleanup()
c.send(None)
print("close ->", c.close())
print("closed again ->", c.close())

# A coroutine is not an iterator.
c = add(0, 0)
for attempt in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        attempt()
    except TypeError as e:
        print(e)
c.close()


class Box:
    async def method(self):
        return self


b = Box()
m = b.method()
print(m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print(e.value is b)


def outer():
    async def inner():
        pass
    return inner()


i = outer()
print(i.__qualname__)
i.close()
print(isinstance(add, type(lambda: 0)), type(add).__name__)
