# Default argument values, evaluated once at definition time.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Dee'))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 5
def uses_n(x=n):
    return x
n = 10
print(uses_n())
def f(a, b=2, *, c=3):
    return a, b, c
print(f(1), f(1, 4), f(1, c=9))
