# __eq__ without __hash__ makes instances unhashable; __hash__ is used by dict/set.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v

print(OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print('TypeError:', e)
try:
    {OnlyEq(1)}
except TypeError as e:
    print('TypeError:', e)
try:
    {OnlyEq(1): 'x'}
except TypeError as e:
    print('TypeError:', e)

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq called')
        return self.v == o.v
    def __hash__(self):
        return self.v % 10
d = {Key(1): 'one'}
print(d[Key(1)])
print(hash(Key(13)))
print(len({Key(2), Key(2), Key(3)}))
class Default:
    pass
x = Default()
print(hash(x) == hash(x), x == x, x == Default())
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
