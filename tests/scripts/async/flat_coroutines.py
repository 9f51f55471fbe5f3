# `async def` bodies whose awaits are in statements and expressions run
# without a stack of their own; this drives them by hand, as an event loop
# does, and checks what a driver sees.
class Sleep:
    """An awaitable that suspends once, handing its tag to the driver."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return f"{self.tag}->{sent}"


def passing(v):
    got = yield v
    return got


class Raw:
    """An awaitable whose iterator is a generator of its own."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        return passing(self.v)


async def leaf(n):
    r = await Sleep(f"leaf{n}")
    return r.upper()


async def expressions():
    a = await Sleep("a")
    b = len(await Sleep("b")) + 1
    c = [await leaf(1), await leaf(2)]
    d = {"k": await Raw("raw")}
    e = (await Sleep("e")) if a else None
    total = 0
    total += len(await Sleep("aug"))
    print("values", a, b, c, d, e, total)
    if await Sleep("test"):
        print("test was true")
    for x in await Sleep("iter"):
        print("item", x)
    return await Sleep("ret")


def drive(coro, answers):
    seen = []
    try:
        v = coro.send(None)
        while True:
            seen.append(v)
            v = coro.send(answers.get(v, 1))
    except StopIteration as e:
        print("seen", seen)
        print("result", e.value)


drive(expressions(), {"raw": "R", "test": "yes", "iter": "xy"})


# cr_await and cr_suspended while suspended inside an expression.
async def watched():
    return 1 + len(await Sleep("w"))


c = watched()
print(c.cr_suspended, c.cr_await)
print(c.send(None), c.cr_suspended, type(c.cr_await).__name__)
try:
    c.send(5)
except StopIteration as e:
    print("watched", e.value, c.cr_suspended, c.cr_await)

# Exceptions: thrown in while awaiting, raised by what is awaited, caught
# around an await inside an expression.
class Boom:
    def __await__(self):
        yield "about to fail"
        raise ValueError("boom")


async def handlers():
    try:
        print("never", [await Boom()])
    except ValueError as e:
        print("caught", e)
    try:
        await Sleep("throw here")
    except KeyError as e:
        print("thrown in", e)
    try:
        await 42
    except TypeError as e:
        print("TypeError:", e)
    return "handled"


c = handlers()
print(c.send(None))
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)

# A coroutine is awaited once; a second await is refused.
async def twice():
    inner = leaf(3)
    first = await inner
    try:
        await inner
    except RuntimeError as e:
        print("RuntimeError:", e)
    return first


drive(twice(), {})

# close() at an await inside try/finally runs the finally block.
async def closing():
    try:
        print(await Sleep("closing"))
    finally:
        print("finally ran")


c = closing()
print(c.send(None))
c.close()
print("closed")

# A coroutine waiting on another that is itself suspended.
async def chain(n):
    if n == 0:
        return await Sleep("bottom")
    return "<" + await chain(n - 1) + ">"


drive(chain(5), {"bottom": "B"})

# Many suspended at once.
coros = [leaf(i) for i in range(40_000)]
tags = [c.send(None) for c in coros]
results = []
for c in coros:
    try:
        c.send("x")
    except StopIteration as e:
        results.append(e.value)
print(len(tags), tags[-1], len(results), results[-1])
