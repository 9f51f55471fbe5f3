# Unary minus and truth tests on the values they are most often applied to
# (answered without a method lookup), and on the ones that need one.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents})"


class Sized:
    def __len__(self):
        return 0


big = 9223372036854775807
values = [0, 7, -7, big, -big - 1, 2**70, 0.0, -0.0, 1.5, float("inf"), True, False, 3 + 4j, Money(5)]
for v in values:
    print(repr(v), "->", repr(-v))
print(-(-9223372036854775808), type(-(-9223372036854775808)).__name__)
print(-big - 1 == -(big + 1), -(-big - 1) == big + 1)
print(1 / -0.0 if False else "skip", str(-0.0), -0.0 == 0.0)

truths = [None, 0, 1, -1, big, 0.0, 0.5, "", "x", [], [0], (), (0,), {}, {0: 0}, set(), {0}, Money(0), Money(2), Sized(), range(0), range(3)]
for v in truths:
    if v:
        r = "true"
    else:
        r = "false"
    print(type(v).__name__, r, not v, bool(v), "yes" if v else "no")

queue = [1, 2, 3]
drained = []
while queue:
    drained.append(queue.pop())
print(drained, queue)

try:
    -"text"
except TypeError as e:
    print("TypeError:", e)
try:
    -None
except TypeError as e:
    print("TypeError:", e)


class BadBool:
    def __bool__(self):
        return 1


try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)

x = 5
print(-x if x else x, -x * 2, -(x - 10), - -x, -x ** 2)
flag = 0
print(flag and -flag, flag or -x, (not flag) and -x)
