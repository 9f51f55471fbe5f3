# `yield` inside `except`, `else` and `finally` blocks: the generator is
# suspended while an exception is being handled, or while a `return`,
# `break` or exception waits for its `finally` block to end.
import sys


def handler():
    try:
        1 / 0
    except ZeroDivisionError as e:
        got = yield f"handling {e!r}"
        print("inside handler, exc_info:", sys.exc_info()[0].__name__, "sent", got)
        yield "second in handler"
    print("after handler, exc_info:", sys.exc_info()[0])
    try:
        e
    except NameError as n:
        print("name unbound:", n)
    yield "end"


g = handler()
print(next(g))
print("outside, exc_info:", sys.exc_info()[0])
print(g.send("S"))
print(next(g))


def matching(exc):
    try:
        raise exc
    except KeyError:
        yield "KeyError handler"
    except (TypeError, ValueError) as e:
        yield f"tuple handler {type(e).__name__}"
    except Exception:
        yield "fallback"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"


for exc in (KeyError("k"), ValueError("v"), RuntimeError("r")):
    print(list(matching(exc)))


def no_error():
    try:
        yield "body"
    except Exception:
        yield "never"
    else:
        yield "else runs"
    finally:
        yield "finally runs"


print(list(no_error()))


def unmatched():
    try:
        raise LookupError("no handler")
    except KeyError:
        yield "no"
    finally:
        yield "finally before the error goes on"


g = unmatched()
print(next(g))
try:
    next(g)
except LookupError as e:
    print("propagated:", e)


def finally_keeps_return():
    try:
        return "returned value"
    finally:
        yield "in finally"
        print("finally resumed")


g = finally_keeps_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def finally_in_loop():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield f"body {i}"
        finally:
            yield f"finally {i}"
    yield "loop done"


print(list(finally_in_loop()))


def chained():
    try:
        raise ValueError("first")
    except ValueError:
        yield "in handler"
        raise TypeError("second")


g = chained()
next(g)
try:
    next(g)
except TypeError as e:
    print("context:", repr(e.__context__))


def finally_error():
    try:
        raise KeyError("pending")
    finally:
        yield "finally with pending error"
        print("exc_info in finally:", sys.exc_info()[0].__name__)


g = finally_error()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("pending error raised after finally:", e)


def throw_into_handler():
    try:
        raise ValueError("handled")
    except ValueError:
        try:
            yield "waiting"
        except RuntimeError as e:
            print("thrown in, context:", repr(e.__context__))
            yield "recovered"


g = throw_into_handler()
next(g)
print(g.throw(RuntimeError("thrown")))


def suspend_in_finally():
    try:
        yield 1
    finally:
        print("cleanup starts")
        got = yield "cleanup suspended"
        print("cleanup resumed with", got)


g = suspend_in_finally()
next(g)
print(g.throw(KeyError("x")))
try:
    g.send("v")
except KeyError as e:
    print("the thrown error goes on after finally:", repr(e))

g = suspend_in_finally()
next(g)
print(g.throw(KeyError("y")))
g.close()
print("closed while suspended in finally:", next(g, "finished"))


def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            yield "inner handler"
            raise
        finally:
            yield "inner finally"
    except ValueError as e:
        yield f"outer caught {e}"
    finally:
        yield "outer finally"


print(list(nested()))


def exit_in_handler():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            yield f"handler {e}"
            if i == 1:
                return "stopped early"
    return "full"


g = exit_in_handler()
print(list(g))
print("exc_info at the end:", sys.exc_info())

# Many suspended at once inside a handler.
def suspended_in_handler(n):
    try:
        raise ValueError(n)
    except ValueError as e:
        yield e.args[0]


gens = [suspended_in_handler(i) for i in range(40_000)]
print(sum(next(g) for g in gens), sys.exc_info()[0])
