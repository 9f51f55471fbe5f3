# `async for` with hand-written asynchronous iterators.


def run(coro):
    try:
        while True:
            print("  (scheduler tick:", coro.send(None), end=")\n")
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


class Countdown:
    """An asynchronous iterator: __anext__ is a coroutine."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n + 1


async def main():
    total = 0
    async for i in Countdown(3):
        print("got", i)
        total += i
    else:
        print("loop finished normally")
    return total


print("total", run(main()))


async def with_break():
    async for i in Countdown(5):
        if i == 3:
            print("break at", i)
            break
        if i == 5:
            continue
        print("body", i)
    else:
        print("not printed")
    async for i in Countdown(0):
        print("never")
    else:
        print("empty loop runs else")
    return "done"


print(run(with_break()))


# __anext__ may return any awaitable, not only a coroutine.
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class Letters:
    def __init__(self, text):
        self.it = iter(text)

    def __aiter__(self):
        return self

    def __anext__(self):
        for ch in self.it:
            return Ready(ch)
        raise StopAsyncIteration


async def collect():
    out = []
    async for ch in Letters("abc"):
        out.append(ch.upper())
    return out


print(run(collect()))


# Returning from inside the loop, and exceptions from the iterator.
class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("broken")


async def finds():
    async for i in Countdown(10):
        if i == 8:
            return i


async def fails():
    try:
        async for i in Failing():
            pass
    except KeyError as e:
        return "caught " + repr(e)


print(run(finds()), run(fails()))


# The errors CPython reports.
class NoAnext:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def loop_over(obj):
    async for x in obj:
        pass


for obj in [5, [1, 2], NoAnext(), BadAnext()]:
    try:
        run(loop_over(obj))
    except TypeError as e:
        print("TypeError:", e)
