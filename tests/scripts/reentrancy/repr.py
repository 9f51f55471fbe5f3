# repr and str of containers whose items' __repr__ change them.

class ReprClears:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target.clear()
        return 'R'


class ReprAppends:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        if len(self.target) < 6:
            self.target.append(len(self.target))
        return 'A'


l = []
l.extend([ReprClears(l), ReprClears(l), ReprClears(l)])
print(repr(l))
l = [1]
l.extend([ReprClears(l), 2, 3])
print(str(l))
l = []
l.extend([ReprAppends(l), ReprAppends(l)])
print(repr(l))
l = []
l.extend([ReprClears(l), 5])
print('%s and %r' % (l, l))
l = []
l.extend([ReprClears(l), 5])
print(f'{l}')
l = []
t = (l, 7)
l.extend([ReprClears(l), 5])
print(t)
l = []
l.append([ReprClears(l), 9])
l.append(10)
print(l)
d = {}
d['a'] = ReprClears(d)
d['b'] = 2
print(d)
d = {}
d['a'] = ReprClears(d)
d['b'] = 2
print(d.items(), d)
l = []
l.extend([l, ReprClears(l)])
print(l)
