# The ternary conditional expression.
x = 7
print('odd' if x % 2 else 'even')
print('big' if x > 100 else 'medium' if x > 5 else 'small')
print(1 if True else 1/0)
print(1/1 if False else 2)
f = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([f(n) for n in (-2, 0, 3)])
y = (x if x > 10 else -x) * 2
print(y)
print([i if i % 3 else 'fizz' for i in range(1, 8)])
z = None
print(z if z is not None else 'was none')
print((lambda: 'a')() if 0 else (lambda: 'b')())
