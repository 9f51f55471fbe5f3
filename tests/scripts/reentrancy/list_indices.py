# An __index__ that changes the list being indexed, sliced or assigned:
# the bounds are worked out first, then fitted to the list as it is.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Clear:
    """An index that empties `target` when it is read."""
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.clear()
        return self.value


class Grow:
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.extend(range(100, 105))
        return self.value


l = list(range(10))
show(lambda: l[Clear(l, 5)])
l = list(range(10))
show(lambda: l[Clear(l, 2):8])
l = list(range(10))
show(lambda: l[2:Clear(l, 8)])
l = list(range(10))
show(lambda: l[::Clear(l, 2)])
l = list(range(10))
show(lambda: l[Grow(l, 8):])
l = list(range(10))
show(lambda: l[-3:Grow(l, 20)])

# Assignment to an item and a slice.
l = list(range(10))
try:
    l[Clear(l, 5)] = 'x'
except IndexError as e:
    print('IndexError', e)
print(l)
l = list(range(10))
l[Clear(l, 2):Clear(l, 8)] = [1, 2, 3]
print(l)
l = list(range(10))
l[Clear(l, 2):8] = 'ab'
print(l)
l = list(range(10))
l[2:8] = (l.append(99) or 'xyz')
print(l)
l = list(range(10))
try:
    l[::Clear(l, 2)] = [1, 2, 3, 4, 5]
except ValueError as e:
    print('ValueError', e)
print(l)
l = list(range(10))
l[::Grow(l, 3)] = 'abcde'
print(l)


def clearing_gen(target, items):
    target.clear()
    yield from items


l = list(range(10))
l[2:5] = clearing_gen(l, 'ab')
print(l)
l = list(range(10))
l[-3:-1] = clearing_gen(l, 'ab')
print(l)
# (An extended slice assigned from a generator that empties the list
# crashes CPython 3.11; tests/pyslot_only.rs checks pyslot's ValueError.)

# Deletion.
l = list(range(10))
del l[Clear(l, 2):8]
print(l)
l = list(range(10))
del l[2:Clear(l, 8)]
print(l)
l = list(range(10))
del l[::Grow(l, 2)]
print(l)
l = list(range(10))
try:
    del l[Clear(l, 5)]
except IndexError as e:
    print('IndexError', e)
print(l)

# Methods taking an index.
l = list(range(10))
l.insert(Clear(l, 5), 'x')
print(l)
l = list(range(10))
show(lambda: l.pop(Clear(l, 5)))
print(l)
l = list(range(10))
show(lambda: l.pop(Grow(l, -1)))
l = list(range(10))
show(lambda: l.index(8, Clear(l, 2)))
l = list(range(10))
show(lambda: l.index(103, Grow(l, 2), Grow(l, 100)))
l = list(range(10))
show(lambda: l.index(3, 0, Clear(l, 8)))

# Repetition.
l = list(range(3))
show(lambda: l * Grow(l, 2))
l = list(range(3))
l *= Grow(l, 2)
print(l)
l = list(range(3))
l *= Clear(l, 3)
print(l)
try:
    l = [1]
    l *= 2 ** 40
except MemoryError:
    print('MemoryError')
print(len(l))

# Augmented assignment of an item.
l = [1, 2, 3]
try:
    l[Clear(l, 1)] += 1
except IndexError as e:
    print('IndexError', e)
print(l)
