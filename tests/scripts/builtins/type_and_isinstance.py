# type() and isinstance() on builtin types.
for v in [1, 1.5, 'a', [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), len, print, lambda: 0]:
    print(type(v))
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float))
print(isinstance(1.0, (int, float)), isinstance('x', (int, list)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)))
print(type(type(1)))
print(int.__name__, type('').__name__, type([]).__name__)
print(type(1)('42'), type('')(3.5))
print(isinstance(1, (str, (list, int))), isinstance(1, (str, int)))
print(issubclass(bool, int), issubclass(int, bool))
