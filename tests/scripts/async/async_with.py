# `async with`: __aenter__ and __aexit__ are awaited.


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
        yield self.label


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Tick("open " + self.name)
        print("entered", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, value, tb):
        await Tick("close " + self.name)
        print("exit", self.name, typ.__name__ if typ else None, value)
        return self.swallow


async def main():
    async with Resource("db") as handle:
        print("using", handle)
    async with Resource("a") as a, Resource("b") as b:
        print("both", a, b)
    async with Resource("quiet", swallow=True):
        raise ValueError("suppressed")
    print("after the suppressed error")
    try:
        async with Resource("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    return "ok"


print(run(main()))


async def early_return():
    async with Resource("r"):
        return "returned inside"


print(run(early_return()))


async def in_loop():
    for i in range(3):
        async with Resource(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    return "loop done"


print(run(in_loop()))


# An __aexit__ that raises replaces the body's exception, chained to it.
class BadExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        raise RuntimeError("exit failed")


async def bad_exit():
    try:
        async with BadExit():
            raise ValueError("body failed")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))


run(bad_exit())


# The errors CPython reports.
class Plain:
    pass


class NoExit:
    async def __aenter__(self):
        return 1


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class SyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class SyncManager:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


async def use(m):
    async with m:
        pass


for m in [5, Plain(), NoExit(), SyncEnter(), SyncExit(), SyncManager()]:
    try:
        run(use(m))
    except TypeError as e:
        print("TypeError:", e)


async def sync_with_async_manager():
    with Resource("x"):
        pass


try:
    run(sync_with_async_manager())
except TypeError as e:
    print("TypeError:", e)
