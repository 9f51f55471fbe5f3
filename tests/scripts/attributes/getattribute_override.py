# Overriding __getattribute__ intercepts every lookup.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return object.__getattribute__(self, name)
    def method(self):
        return 'm'

l = Logged()
print(l.x)
print(l.method())
try:
    l.nope
except AttributeError as e:
    print('AttributeError:', e)

class WithFallback:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
w = WithFallback()
print(w.magic, w.other)
class Upper:
    def __init__(self):
        self.word = 'abc'
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
print(Upper().word)
