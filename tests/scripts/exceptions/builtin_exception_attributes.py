# What builtin exceptions carry: OSError errno/strerror/filename and its
# subclass chosen by errno, StopIteration.value, SystemExit.code, notes.
e = OSError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as s:
    print("value", s.value, s.args)
try:
    raise SystemExit(3)
except SystemExit as x:
    print("code", x.code)
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
err = ValueError("bad")
err.add_note("note one")
err.add_note("note two")
print(err.__notes__)
try:
    raise err
except ValueError as v:
    print(v.__notes__)
print(StopIteration(5).value, StopIteration().value, SystemExit().code, SystemExit(1, 2).code)
for args in [(2, "gone"), (13, "denied", "f"), (99, "other"), ("x",), (2, "a", "b", None, "c")]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(isinstance(OSError(2, "x"), FileNotFoundError), issubclass(FileNotFoundError, OSError))
try:
    ValueError().add_note(5)
except TypeError as t:
    print(t)
