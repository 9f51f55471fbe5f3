# The truth of a local variable in `if`, `while`, `not` and a
# comprehension's filter, for every kind of value it may hold.


class Falsy:
    def __bool__(self):
        return False


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class MyList(list):
    pass


class BadBool:
    def __bool__(self):
        return "yes"


def truths(x):
    a = "T" if x else "F"
    if not x:
        b = "F"
    else:
        b = "T"
    return a + b


values = [True, False, None, 0, 7, -1, 0.0, 2.5, 10**30, "", "s", [], [0], (), (0,),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(2), b"", bytearray(b"x"),
          Falsy(), Sized(0), Sized(3), MyList(), MyList([1]), object()]
print([truths(v) for v in values])

# A queue drained in a `while` whose test reads the local each time.
queue = [1, 2, 3]
seen = set()
pending = {}
while queue:
    item = queue.pop()
    if not seen:
        print("first", item)
    seen.add(item)
    pending[item] = True
print(sorted(seen), bool(pending))
while pending:
    pending.popitem()
print(not pending, not seen)

flags = [0, 1, None, "x", [], [1]]
print([f for f in flags if f], [f for f in flags if not f])

try:
    x = BadBool()
    if x:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    x = Sized(-1)
    while not x:
        pass
except ValueError as e:
    print("ValueError:", e)


def unbound():
    if flag:
        pass
    flag = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
