# Async generators: `async def` with `yield`, driven by `async for`, by
# their __anext__/asend/athrow/aclose awaitables, or by hand.


def run(coro):
    try:
        while True:
            print("  (tick:", coro.send(None), end=")\n")
    except StopIteration as e:
        return e.value


class Tick:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return got


async def ticker(n):
    for i in range(n):
        await Tick(f"before {i}")
        received = yield i
        print("ticker received", received)
    print("ticker ends")


g = ticker(2)
print(type(g).__name__, repr(g).startswith("<async_generator object ticker at 0x"))
print(g.__name__, g.__qualname__, g.ag_running, g.ag_await)
print(g.__aiter__() is g)


async def consume():
    async for value in ticker(3):
        print("consumed", value)
    return "consumed all"


print(run(consume()))

# By hand: an await inside passes its value up; a yield ends the step
# with StopIteration carrying the value.
g = ticker(2)
step = g.__anext__()
print(type(step).__name__)
print("first send ->", step.send(None))
print("ag_await while suspended:", type(g.ag_await).__name__)
try:
    step.send("tick reply")
except StopIteration as e:
    print("yielded", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print(e)

step = g.asend("hello")
print("asend ->", step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value)
step = g.__anext__()
try:
    step.send(None)
    step.send(None)
except StopAsyncIteration as e:
    print("exhausted:", repr(e))


# asend, athrow, aclose from a coroutine.
async def resilient():
    try:
        value = yield "first"
        print("resilient got", value)
        yield "second"
    except ValueError as e:
        print("resilient handles", repr(e))
        yield "recovered"
    finally:
        print("resilient finally")


async def drive():
    g = resilient()
    print(await g.__anext__())
    print(await g.asend("sent value"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("after aclose: StopAsyncIteration")

    g = resilient()
    print(await g.asend(None))
    print(await g.athrow(ValueError("injected")))
    try:
        await g.athrow(ValueError("again"))
    except ValueError as e:
        print("propagated:", e)
    print("athrow on a finished generator:", await g.athrow(ValueError))
    print("aclose on a finished generator:", await g.aclose())

    g = resilient()
    try:
        await g.athrow(KeyError("before start"))
    except KeyError as e:
        print("athrow before start:", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("then exhausted")
    print("aclose before start:", await resilient().aclose())

    g = resilient()
    try:
        await g.asend("not None")
    except TypeError as e:
        print(e)
    return "driven"


print(run(drive()))


# A generator that keeps yielding after aclose().
async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)


run(close_stubborn())


# PEP 525: StopAsyncIteration and StopIteration may not escape.
async def leaks_sai():
    yield 1
    raise StopAsyncIteration


async def leaks_si():
    yield 1
    raise StopIteration


async def check_leaks():
    for maker in (leaks_sai, leaks_si):
        try:
            async for x in maker():
                print("item", x)
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


run(check_leaks())


# The same awaitable cannot be awaited twice, nor anext() overlap.
async def reuse():
    g = ticker(3)
    step = g.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print(e)
    first = g.__anext__()
    print("first step ->", first.send(None))
    second = g.__anext__()
    try:
        second.send(None)
    except RuntimeError as e:
        print(e)
    closing = g.aclose()
    try:
        closing.send(None)
    except RuntimeError as e:
        print(e)


run(reuse())


# Awaiting inside, breaking out early, returning without a value.
async def numbers():
    n = 0
    while True:
        await Tick(f"n={n}")
        yield n
        n += 1
        if n == 10:
            return


async def take(k):
    out = []
    async for n in numbers():
        if n >= k:
            break
        out.append(n)
    return out


print(run(take(3)))

# Not a plain iterator, not awaitable.
g = numbers()
for attempt in (lambda: iter(g), lambda: next(g)):
    try:
        attempt()
    except TypeError as e:
        print(e)
