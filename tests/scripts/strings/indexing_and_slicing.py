# Indexing and slicing strings, including negative steps.
s = 'Hello, World'
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:-7], s[-5:-1])
print(s[::2], s[1::2])
print(s[::-1])
print(s[-1:-6:-1])
print(s[10:2:-3])
print(s[100:], repr(s[5:5]))
print(s[:100])
try:
    s[50]
except IndexError as e:
    print(e)
try:
    s[0] = 'J'
except TypeError as e:
    print(e)
print(len(s), len(s[::3]))
for i in range(-3, 0):
    print(i, s[i])
print('abc'[-3], 'abc'[2])
