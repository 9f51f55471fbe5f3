# Every iterable-taking builtin over a class with __iter__/__next__.
class Seq:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return SeqIter(self.items)

class SeqIter:
    def __init__(self, items):
        self.items = items
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.items):
            raise StopIteration
        self.pos += 1
        return self.items[self.pos - 1]

s = Seq(3, 1, 2)
print(list(s), tuple(s))
print(sorted(set(s)), frozenset(s) == frozenset({1, 2, 3}))
print(sum(s), min(s), max(s), sorted(s))
print(any(s), all(s), any(Seq()), all(Seq()))
print(list(enumerate(s)), list(zip(s, s)))
print(list(map(lambda v: v * 2, s)), list(filter(lambda v: v > 1, s)))
print(','.join(Seq('a', 'b', 'c')))
print(dict(Seq(('a', 1), ('b', 2))))
print(dict.fromkeys(s), dict.fromkeys(s, 0))
d = {}
d.update(Seq(('k', 'v')))
print(d)
lst = [0]
lst.extend(s)
print(lst)
st = {0}
st.update(s)
print(sorted(st))
print(2 in s, 9 in s)
a, b, c = s
print(a, b, c)
print([*s], (*s,))
print(max(s, key=lambda v: -v), min(Seq(), default='none'))
