# callable, getattr, hasattr on builtin objects.
print(callable(len), callable(print), callable(lambda: 0), callable(1), callable('x'), callable(int))
lst = [3, 1]
append = getattr(lst, 'append')
append(2)
print(lst)
print(getattr('abc', 'upper')())
print(hasattr([], 'append'), hasattr([], 'push'), hasattr('s', 'split'))
print(getattr([], 'nope', 'default'))
try:
    getattr(5, 'nope')
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    'abc'.foo
except AttributeError as e:
    print(e)
method = 'split'
print(getattr('a b c', method)())
print(getattr({'k': 1}, 'get')('k'))
def f():
    pass
f.custom = 'set on a function'
print(f.custom, getattr(f, 'custom'))
setattr(f, 'other', 42)
print(f.other, hasattr(f, 'other'))
