# any/all stop as soon as the answer is known.
def check(x):
    print('check', x)
    return x

print(any(check(x) for x in [0, 0, 3, 4, 0]))
print('---')
print(all(check(x) for x in [1, 2, 0, 5]))
print('---')
print(any(check(x) for x in [0, '', None]))
print('---')
print(all(check(x) for x in [1, 'a']))
print('---')
it = iter([0, 1, 2, 3])
print(any(it), list(it))
it2 = iter([1, 1, 0, 5, 6])
print(all(it2), list(it2))
print(any([]), all([]))
m = map(check, [5, 6, 7])
print(any(m))
print(list(m))
