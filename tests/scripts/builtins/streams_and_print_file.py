# sys.stdout and sys.stderr are stream objects with write and flush, and
# print(file=...) writes to any object with a write method.
import sys
n = sys.stdout.write("hello\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
sys.stdout.flush()
print("to stderr", file=sys.stderr)
print(sys.stdout)
print(sys.stdout.name, sys.stderr.name, type(sys.stdout).__name__)
print(repr(object())[:15])
print(sys)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


c = Collector()
print("a", "b", sep="-", file=c)
print("c", end="!", file=c)
print(c.parts)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
print("done", file=None)
