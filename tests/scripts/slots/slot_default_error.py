# Slots cannot have a class-level default; use __init__ instead.
try:
    class Config:
        __slots__ = ('debug', 'level')
        debug = False
except ValueError as e:
    print('ValueError:', e)

class Config:
    __slots__ = ('debug', 'level')
    def __init__(self, debug=False, level=1):
        self.debug = debug
        self.level = level

c = Config()
print(c.debug, c.level)
c2 = Config(True, 3)
print(c2.debug, c2.level)
class Defaults:
    __slots__ = ('value',)
    def __getattr__(self, name):
        return 'fallback for ' + name
d = Defaults()
print(d.value)
d.value = 'set'
print(d.value)
