# traceback: a caught exception's traceback as text, as an uncaught one prints.
import traceback, sys, io
def inner():
    return 1 / 0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], len(text.splitlines()))
    lines = traceback.format_exception(e)
    print(type(lines).__name__, "".join(lines) == text)
    print(traceback.format_exception_only(e))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print([l.strip() for l in text.splitlines() if l.strip().startswith("File")][-1].endswith("in inner"))
print(repr(traceback.format_exc()))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    t = "".join(traceback.format_exception(e))
    print("direct cause" in t, t.splitlines()[-1])
    t2 = "".join(traceback.format_exception(e, chain=False))
    print("direct cause" in t2)
