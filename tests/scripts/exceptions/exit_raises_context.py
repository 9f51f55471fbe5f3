# An exception raised by __exit__ has the body's exception as its context.
class Cleanup:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__ if exc_type else None)
        if self.fail:
            raise RuntimeError("cleanup failed")
        return False


try:
    with Cleanup(True):
        1 / 0
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

try:
    with Cleanup(False):
        {}["k"]
except KeyError as e:
    print("KeyError passes through:", e, e.__context__)

try:
    with Cleanup(True):
        pass
except RuntimeError as e:
    print(repr(e), "context:", e.__context__)
