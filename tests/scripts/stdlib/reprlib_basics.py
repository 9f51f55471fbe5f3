import reprlib
from collections import deque

print(reprlib.__all__)
r = reprlib.Repr()
print(sorted(vars(r).items()))
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxstring, reprlib.aRepr.maxlevel)

values = [
    list(range(3)), list(range(100)), tuple(range(10)), (1,), (), [],
    {}, set(), frozenset(), set(range(20)), frozenset('abcdefghij'),
    {i: str(i) for i in range(10)}, {'b': 1, 'a': 2},
    'short', 'x' * 100, 'ab' * 40 + "'quote'", 10 ** 100, -10 ** 50, 12345,
    [[[[[[[[1]]]]]]]], [1, [2, [3, [4, [5, [6, [7]]]]]]],
    deque(range(10)), deque(), 3.5, None, True, b'bytes' * 20,
    {1, 'a', 2.5}, {(1, 2): [3, 4]}, range(1000),
]
for v in values:
    print(reprlib.repr(v))


class Long:
    def __repr__(self):
        return 'Long(' + 'z' * 50 + ')'


class Broken:
    def __repr__(self):
        raise ValueError('no repr')


print(reprlib.repr(Long()))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
print(reprlib.repr([Long(), Long()]))

r.maxlevel = 1
print(r.repr([[1], {1: 2}, (3,), {4}, [], {}, set()]))
r.maxlevel = 0
print(r.repr([1]), r.repr({1: 2}), r.repr([]), r.repr('abc'))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlong = 8
r.maxother = 12
r.fillvalue = '<more>'
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.repr(10 ** 20), r.repr(Long()))
print(r.repr([[1, 2, 3]] * 3))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return '%.2f' % x

    def repr_Long(self, x, level):
        return 'Long!'


print(MyRepr().repr([1.23456, 2.5, Long(), 'x']))
print(reprlib.Repr().repr1([1, 2, 3], 1), reprlib.Repr().repr1([1, [2]], 1))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Other:
    def __init__(self):
        self.me = self

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)


print(Other())
print(repr(Other()))
