# __getattr__ is only called when normal lookup fails.
class Proxy:
    real = 'real attribute'
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('bad'):
            raise AttributeError(f'no {name} here')
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
print(p.real)
print(p.target)
print(p.count(1))
p.sort()
print(p.target)
print(hasattr(p, 'bad_one'))
try:
    p.bad_two
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(p, 'bad_three', 'default'))
class Default:
    def __getattr__(self, name):
        return name.upper()
d = Default()
print(d.hello, d.x)
d.hello = 'set'
print(d.hello)
