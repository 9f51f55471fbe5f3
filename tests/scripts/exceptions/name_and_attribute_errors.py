# NameError, UnboundLocalError and AttributeError messages.
try:
    undefined_name
except NameError as e:
    print(e)
try:
    print(lenn('x'))
except NameError as e:
    print(e)
def f():
    print(counter)
    counter = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
except NameError:
    print('wrong')
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    [].foo()
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    {}.append(1)
except AttributeError as e:
    print(e)
