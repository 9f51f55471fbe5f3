# Assignment anywhere in a function makes a name local.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 5
    return x
print(f())
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(e)
def h():
    del_me = 1
    del del_me
    return del_me
try:
    h()
except UnboundLocalError as e:
    print(e)
print(isinstance(UnboundLocalError('x'), NameError))
