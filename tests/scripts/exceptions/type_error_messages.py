# TypeError messages for common mistakes.
five = 5
text = 'abc'
nothing = None
pair = (1, 2)
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + 'a',
    lambda: 1 - 'a',
    lambda: 'a' * 'b',
    lambda: five[0],
    lambda: five(),
    lambda: text(),
    lambda: [x for x in five],
    lambda: len(5),
    lambda: nothing + 1,
    lambda: -'a',
    lambda: ~1.5,
    lambda: 1 < 'a',
    lambda: [] > {},
    lambda: {}[[]],
    lambda: pair[0.5],
    lambda: text[None],
    lambda: nothing[0],
    lambda: nothing(),
    lambda: 'a' % 1,
    lambda: [1, 2] * 1.0,
    lambda: sum(['a']),
]
for fn in cases:
    try:
        fn()
    except TypeError as e:
        print(e)
