# An exception inside awaited coroutines: the traceback runs from the
# driver's send() through every await to the failing line.


class Tick:
    def __await__(self):
        yield


async def parse(text):
    await Tick()
    return int(text)


async def total(items):
    result = 0
    for item in items:
        result += await parse(item)
    return result


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(total(["1", "2"])))
run(total(["3", "four"]))
