# assert with and without messages.
assert True
assert 1 + 1 == 2, 'math works'
try:
    assert 1 > 2
except AssertionError as e:
    print('no message:', repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print('with message:', e)
try:
    x = 5
    assert x < 0, f'x must be negative, got {x}'
except AssertionError as e:
    print(e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
print('done')
