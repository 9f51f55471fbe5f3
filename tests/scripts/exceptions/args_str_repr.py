# e.args, str(e) and repr(e) for builtin exceptions.
excs = [ValueError('bad'), ValueError(), ValueError('a', 2), KeyError('k'), KeyError(),
        TypeError('t'), IndexError(5), RuntimeError(''), Exception('x', 'y'), ZeroDivisionError('z'),
        NameError('n'), AssertionError(), StopIteration(3), SystemExit(2), KeyError(('a', 1))]
for e in excs:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('msg')
print(f'{e}', f'{e!r}', '%s' % e)
print(type(e), type(e).__name__)
print(ValueError('x') == ValueError('x'))
print(KeyError('key'), str(KeyError('key')))
print(Exception(1, 2).args[1])
