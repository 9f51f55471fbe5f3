# getattr / setattr / hasattr / delattr on instances, with defaults.
class Box:
    kind = 'box'

b = Box()
setattr(b, 'size', 3)
print(getattr(b, 'size'), getattr(b, 'kind'))
print(getattr(b, 'color', 'none'))
print(hasattr(b, 'size'), hasattr(b, 'color'), hasattr(b, 'kind'))
name = 'wid' + 'th'
setattr(b, name, 10)
print(b.width)
delattr(b, 'size')
print(hasattr(b, 'size'))
setattr(b, 'odd name', 1)
print(getattr(b, 'odd name'), sorted(vars(b)))
try:
    getattr(b, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(b, 5, 1)
except TypeError as e:
    print('TypeError:', e)
print(getattr(b, 'kind', None), getattr(Box, 'kind'))
setattr(Box, 'kind', 'crate')
print(b.kind)
