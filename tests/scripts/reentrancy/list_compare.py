# __eq__ and __lt__ that change the lists being compared or searched: the
# lists are read afresh at every step.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Eq:
    """Equal to everything; empties `target` when compared."""
    def __init__(self, target, answer=True):
        self.target = target
        self.answer = answer

    def __eq__(self, other):
        self.target.clear()
        return self.answer

    __hash__ = None

    def __repr__(self):
        return 'Eq'


class Lt:
    def __init__(self, target, v):
        self.target = target
        self.v = v

    def __eq__(self, other):
        return False

    def __lt__(self, other):
        self.target.clear()
        return True

    def __gt__(self, other):
        self.target.clear()
        return False

    __hash__ = None

    def __repr__(self):
        return 'Lt'


def fresh(answer=True):
    lst = []
    lst.extend([Eq(lst, answer), Eq(lst, answer), Eq(lst, answer)])
    return lst


a = fresh()
show(lambda: (a == [1, 2, 3], a))
a = fresh()
show(lambda: ([1, 2, 3] == a, a))
a = fresh()
show(lambda: a != [1, 2, 3])
a = fresh(False)
show(lambda: (a == [1, 2, 3], a))
a = fresh()
show(lambda: a < [1, 2, 3])
a = fresh()
show(lambda: [1, 2, 3] < a)
a = fresh()
show(lambda: a <= [1, 2, 3])
a = fresh()
show(lambda: [1, 2, 3] >= a)


def fresh_lt():
    lst = []
    lst.extend([Lt(lst, 1), Lt(lst, 2)])
    return lst


a = fresh_lt()
show(lambda: (a < [5, 6], a))
a = fresh_lt()
show(lambda: ([5, 6] > a, a))
a = fresh_lt()
show(lambda: ([5, 6] < a, a))

# Nested lists compare their items as lists too.
inner = [1, 2]
outer = []
outer.extend([[Eq(outer)], [Eq(outer)]])
show(lambda: [[1]] in outer)
show(lambda: outer)

# Searching.
l = [1, 2, 3, 4]
show(lambda: Eq(l, False) in l)
l = [1, 2, 3, 4]
show(lambda: l.count(Eq(l, True)))
l = [1, 2, 3, 4]
show(lambda: l.index(Eq(l, False)))
l = [1, 2, 3, 4]
show(lambda: l.remove(Eq(l, False)))
l = [1, 2, 3, 4]
show(lambda: (l.remove(Eq(l, True)), l))


class Replace:
    """Equal to 3; when compared with it, replaces the list's contents."""
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        if other == 3:
            self.target[:] = [7, 8]
            return True
        return False


l = [1, 2, 3, 4]
l.remove(Replace(l))
print(l)
l = [1, 2, 3, 4, 5]
l.remove(Replace(l))
print(l)
l = [1, 2, 3, 4]
show(lambda: l.index(Replace(l)))
l = [1, 2, 3, 4]
show(lambda: (Replace(l) in l, l))

# Tuples holding lists that change.
t = ([1, 2], [3])
l = t[0]
show(lambda: t == ([1, Eq(l)], [3]))
