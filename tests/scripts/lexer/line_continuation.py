# Explicit backslash continuation.
total = 1 + \
        2 + \
        3
print(total)
if total > 5 and \
   total < 10:
    print('in range')
x = [1,
     2, \
     3]
print(x)
name = 'py' \
    'slot'
print(name)
def f(a,
      b):
    return a \
        * b
print(f(6, 7))
print(1 \
+ 1)
