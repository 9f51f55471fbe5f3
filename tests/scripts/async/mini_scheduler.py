# The way lessons explain async: a tiny round-robin scheduler, tasks that
# await an awaitable which yields control back to it, and results
# collected when the coroutines return.


class Sleep:
    """Give control back to the scheduler for `ticks` turns."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"
        return self.ticks


class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.clock = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                signal = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[t={self.clock}] {name} finished with {e.value!r}")
            except Exception as e:
                self.results[name] = e
                print(f"[t={self.clock}] {name} failed: {type(e).__name__}: {e}")
            else:
                assert signal == "sleep"
                self.ready.append((name, coro))
            self.clock += 1


async def countdown(name, n):
    while n > 0:
        print(f"  {name}: {n}")
        await Sleep(1)
        n -= 1
    return f"{name} done"


async def compute(x):
    slept = await Sleep(2)
    return x * x + slept


async def pipeline():
    a = await compute(3)
    b = await compute(4)
    return a + b


async def failing():
    await Sleep(1)
    raise ValueError("bad input")


sched = Scheduler()
sched.spawn("A", countdown("A", 3))
sched.spawn("B", countdown("B", 2))
sched.spawn("P", pipeline())
sched.spawn("F", failing())
sched.run()
print(sorted((k, str(v)) for k, v in sched.results.items()))


# An awaitable whose __await__ delegates to a coroutine's.
class Deferred:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return compute(self.value).__await__()


async def use_deferred():
    return await Deferred(5)


sched = Scheduler()
sched.spawn("D", use_deferred())
sched.run()

# Values sent by the driver arrive as the result of the innermost await.


class Ask:
    def __init__(self, question):
        self.question = question

    def __await__(self):
        answer = yield self.question
        return answer


async def conversation():
    name = await Ask("name?")
    age = await Ask("age?")
    return f"{name} is {age}"


c = conversation()
question = c.send(None)
answers = {"name?": "Ada", "age?": 36}
try:
    while True:
        print("asked", question)
        question = c.send(answers[question])
except StopIteration as e:
    print(e.value)

# Exceptions thrown by the driver reach the innermost await, through
# every coroutine awaiting on the way.


async def level2():
    try:
        await Ask("level2")
    except TimeoutError as e:
        print("level2 handles", repr(e))
        return "handled"


async def level1():
    result = await level2()
    return "level1 got " + result


c = level1()
print(c.send(None))
print("cr_await chain:", type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__)
try:
    c.throw(TimeoutError("too slow"))
except StopIteration as e:
    print(e.value)

# close() closes the whole chain from the outside in.


async def guarded(label):
    try:
        await Ask(label)
    finally:
        print("closing", label)


async def outer_guard():
    try:
        await guarded("inner")
    finally:
        print("closing outer")


c = outer_guard()
c.send(None)
c.close()
