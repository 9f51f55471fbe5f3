# printf-style with dict form and error cases.
data = {'name': 'Ann', 'age': 30, 'score': 91.456}
print('%(name)s is %(age)d' % data)
print('%(score).1f / %(score)10.2f|' % data)
print('%(name)r' % data)
print('%(name)s %(name)s' % data)
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%(k)s', {'j': 1}), ('%z', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
t = (1, 2)
print('%s' % (t,))
print('%s-%s' % t)
