# A module that does not parse raises SyntaxError (or IndentationError) at
# the import, with CPython's attributes; it is not left in sys.modules.
import sys

try:
    import _bad_indent
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg)
    print(e.filename.endswith("_bad_indent.py"), e.lineno, e.offset)
    print(repr(e.text))
    print(str(e))
    print(e.args[0], e.args[1][1:])
print("_bad_indent" in sys.modules)
