import math, re
print(f'{math.pi:.3f}', 2 ** 100, 1.5e300 * 10, divmod(-7, 2), b'ab' * 3, 'x'.join(map(str, range(5))))
print(re.sub(r'(a)b', r'\1', 'abab'))
match [1, 2]:
    case [a, *rest]: print(a, rest)
