# In a condition, `a and b`, `a or b` and `not a` ask each operand its truth
# once, as CPython does: a __bool__ with a side effect shows it.
class A:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __bool__(self):
        print("bool", self.tag)
        return self.v


if A(False, 1) and A(True, 2):
    print("yes")
if A(False, 3) or A(True, 4):
    print("yes2")
if not A(True, 5):
    print("no")
while A(False, 6) or A(False, 7):
    pass
x = [1 for _ in range(2) if A(True, 8) and A(False, 9)]
print(x)
assert A(True, 10) or 0
print(1 if A(False, 11) or A(True, 12) else 2)
if not (A(True, 13) and A(False, 14)):
    print("notand")


def gen():
    if A(False, 20) and A(True, 21):
        yield "a"
    while A(True, 22) or A(True, 23):
        yield "b"
        break
    yield A(False, 24) and 5
    if not (A(True, 25) or A(True, 26)):
        yield "c"
    x = 0
    while x < 2 and A(True, 27):
        x += 1
        yield x


print([r if not isinstance(r, A) else ("A", r.tag) for r in gen()])
