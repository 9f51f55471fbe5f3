# Async generators that mix `yield` and `await` in statements, expressions,
# handlers and `finally` blocks, driven by hand as an event loop would.


class Tick:
    """An awaitable that suspends once, handing its tag to the driver."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return sent


async def numbers(n):
    total = 0
    for i in range(n):
        got = await Tick(f"tick{i}")
        total += (yield (i, got)) or 0
    yield ("total", total)


def run(aw, answers=None):
    """Drive an awaitable to its end; what it awaits gets `answers[tag]`."""
    answers = answers or {}
    seen = []
    try:
        tag = aw.send(None)
        while True:
            seen.append(tag)
            tag = aw.send(answers.get(tag, tag.upper()))
    except StopIteration as e:
        return seen, e.value


agen = numbers(3)
print(type(agen).__name__, agen.ag_running)
print(run(agen.__anext__()))
print(run(agen.asend(10)))
print(run(agen.asend(20)))
print(run(agen.asend(30)))
try:
    run(agen.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")


async def handlers():
    try:
        raise ValueError("inside")
    except ValueError as e:
        yield f"handling {e}"
        await Tick("in handler")
    try:
        yield "before finally"
    finally:
        await Tick("cleanup")
        yield "in finally"


g = handlers()
print(run(g.__anext__()))
print(run(g.__anext__()))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("done")


async def closable():
    try:
        yield 1
        yield 2
    finally:
        print("finally, awaiting")
        print("awaited", await Tick("closing"))


g = closable()
print(run(g.__anext__()))
print(run(g.aclose()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")

g = closable()
print(run(g.__anext__()))
try:
    run(g.athrow(KeyError("k")))
except KeyError as e:
    print("athrow propagated", e)


async def ignores_exit():
    try:
        yield 1
    finally:
        yield "again"


g = ignores_exit()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def consume():
    out = []
    async for pair in numbers(2):
        out.append(pair)
    return out


print(run(consume(), {"tick0": 5, "tick1": 6}))

# Many suspended at once.
gens = [numbers(2) for _ in range(40_000)]
first = [run(g.__anext__()) for g in gens]
print(len(first), first[-1])
