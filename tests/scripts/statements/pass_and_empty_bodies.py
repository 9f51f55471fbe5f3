# pass and Ellipsis as statement bodies.
def nothing():
    pass
print(nothing())
def dots():
    ...
print(dots())
for _ in range(3):
    pass
print(_)
if True:
    pass
else:
    pass
while False:
    ...
print(...)
print(Ellipsis is ...)
try:
    pass
except Exception:
    pass
finally:
    pass
print('end')
