# What `await` accepts and what it refuses, with CPython's messages.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def wait_for(x):
    return await x


class NoIterator:
    def __await__(self):
        return 5


async def inner():
    return 1


class ReturnsCoroutine:
    def __await__(self):
        return self.coro

    def __init__(self):
        self.coro = inner()


class FromList:
    def __await__(self):
        return iter([1, 2, 3])


class AwaitIsNone:
    __await__ = None


def gen():
    yield 1


rc = ReturnsCoroutine()
for thing in [5, "text", None, NoIterator(), rc, AwaitIsNone(), gen(), [1]]:
    try:
        print("result", run(wait_for(thing)))
    except TypeError as e:
        print("TypeError:", e)
rc.coro.close()

# Any iterator returned by __await__ is driven to its end.
c = wait_for(FromList())
print([c.send(None) for _ in range(3)])
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)


# A coroutine can be awaited only once.
async def twice():
    co = inner()
    print(await co)
    await co


try:
    run(twice())
except RuntimeError as e:
    print("RuntimeError:", e)


# A coroutine suspended in an await cannot be awaited by another.
class Pause:
    def __await__(self):
        yield


async def sleeper():
    await Pause()


async def waiter(co):
    await co


s = sleeper()
first = waiter(s)
first.send(None)
second = waiter(s)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
first.close()


# PEP 479: StopIteration may not escape a coroutine.
async def raises_stop():
    raise StopIteration(3)


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# An async generator is not awaitable.
async def agen():
    yield 1


try:
    run(wait_for(agen()))
except TypeError as e:
    print("TypeError:", e)


# A coroutine cannot resume itself.
async def selfish():
    await me


me = selfish()
try:
    run(me)
except ValueError as e:
    print("ValueError:", e)
