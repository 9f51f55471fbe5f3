# list.extend, set.update, dict.update and += with iterators.
lst = [1]
lst.extend(x * 2 for x in range(3))
lst.extend(iter((9,)))
lst.extend('ab')
lst += map(str, [5])
print(lst)
s = {0}
s.update(range(3), iter([10]), (x for x in [20]))
print(sorted(s))
s |= set(map(abs, [-30]))
print(sorted(s))
d = {}
d.update(zip('ab', range(2)))
d.update([('c', 3)], d=4)
d.update(iter([['e', 5]]))
print(d)
try:
    d.update([('x', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
same = [1, 2]
same.extend(same)
print(same)
same2 = [1, 2]
same2.extend(iter(same2[:]))
print(same2)
try:
    lst.extend(5)
except TypeError as e:
    print('TypeError:', e)
try:
    lst += 5
except TypeError as e:
    print('TypeError:', e)
