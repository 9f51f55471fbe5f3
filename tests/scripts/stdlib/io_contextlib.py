# io.StringIO/BytesIO, print through a replaced sys.stdout, and contextlib.
import io, sys
from contextlib import contextmanager, redirect_stdout, suppress, closing, nullcontext, ExitStack
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 42)
    print("line two")
print(repr(buf.getvalue()))
s = io.StringIO("a\nbb\nccc")
print(s.readline(), s.read(2), s.tell(), list(s), s.seek(0), s.read())
for line in io.StringIO("x\ny\n"):
    print(repr(line))
b = io.BytesIO(b"hello")
b.seek(0, 2); b.write(b" world"); print(b.getvalue(), b.tell())
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
try:
    with tag("div"):
        raise KeyError("boom")
except KeyError as e:
    print("caught", e)
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
with ExitStack() as stack:
    a = stack.enter_context(tag("a"))
    b2 = stack.enter_context(tag("b"))
    stack.callback(print, "callback ran")
    print(a, b2)
@tag("deco")
def f():
    print("in f")
f()
s2 = io.StringIO()
print("to file", file=s2)
s2.close()
try:
    s2.getvalue()
except ValueError as e:
    print(e)
import io
for make in (lambda: io.StringIO(5), lambda: io.BytesIO("x"), lambda: io.BytesIO().write("s")):
    try:
        make()
    except TypeError as e:
        print(e)
