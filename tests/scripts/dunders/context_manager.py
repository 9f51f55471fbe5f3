# __enter__/__exit__ for `with`.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Ctx('a') as v:
    print('body', v)
with Ctx('b', suppress=True):
    raise ValueError('swallowed')
print('after b')
try:
    with Ctx('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with Ctx('outer'), Ctx('inner', True) as i:
    print('body', i)
    1 / 0
print('done')
def f():
    with Ctx('ret'):
        return 'returned'
print(f())
try:
    with object():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
