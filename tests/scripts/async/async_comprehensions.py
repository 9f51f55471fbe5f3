# Comprehensions inside coroutines: `async for` clauses, `await` in the
# element or the condition, and asynchronous generator expressions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def arange(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return 2 * x


async def is_even(x):
    await Tick()
    return x % 2 == 0


async def main():
    print([i async for i in arange(5)])
    print({i % 3 async for i in arange(7)})
    print({i: i * i async for i in arange(4)})
    print([await double(i) for i in range(4)])
    print([i for i in range(6) if await is_even(i)])
    print([(i, j) async for i in arange(3) for j in range(i)])
    print([(i, j) for i in range(3) async for j in arange(i)])
    print([await double(i) async for i in arange(3) if i != 1])
    print([[await double(j) for j in range(i)] for i in range(3)])
    # An async generator expression is an async generator.
    gen = (await double(i) for i in range(3))
    print(type(gen).__name__, gen.__name__)
    print([x async for x in gen])
    gen = (i * 10 async for i in arange(4) if i % 2)
    async for x in gen:
        print("from the genexpr:", x)
    return "done"


print(run(main()))


# An async generator expression may be made outside a coroutine.
def make():
    return (i async for i in arange(3))


async def use():
    return [x async for x in make()]


g = make()
print(type(g).__name__)
print(run(use()))
g.aclose().close()


# Errors in async comprehensions.
async def bad_source():
    items = [1, 2]
    try:
        return [x async for x in items]
    except TypeError as e:
        print("TypeError:", e)


run(bad_source())
