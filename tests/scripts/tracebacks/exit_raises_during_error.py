# __exit__ raising while the body's exception is handled: the new error's
# context is the body's, and the traceback shows the with line.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("cleanup failed")


with CM():
    x = 1
    1 / 0
