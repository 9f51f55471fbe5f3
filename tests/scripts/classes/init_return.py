# __init__ must return None.
class Good:
    def __init__(self):
        self.ok = True
        return None

print(Good().ok)

class Bad:
    def __init__(self):
        return 42

try:
    Bad()
except TypeError as e:
    print('TypeError:', e)

class BadStr:
    def __init__(self):
        return 'x'

try:
    BadStr()
except TypeError as e:
    print('TypeError:', e)

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)

class TwoArgs:
    def __init__(self, a, b):
        self.s = a + b

print(TwoArgs(1, 2).s)
try:
    TwoArgs(1)
except TypeError as e:
    print('TypeError:', e)
