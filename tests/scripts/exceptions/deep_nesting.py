# Deeply nested data hits the recursion limit in repr and ==, not a crash.
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("repr:", e)
y = []
for i in range(100000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("==:", e)
shallow = [[[1]]]
print(repr(shallow), shallow == [[[1]]])
