# Truth values of builtin objects.
values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
print(bool(float('nan')))
n = 0
if not n:
    print('zero is falsy')
print(len([v for v in values if v]))
