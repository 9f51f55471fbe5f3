# | and |= merging, dict() constructor forms, comprehensions.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b)
print(b | a)
c = dict(a)
c |= b
print(c, a)
print(dict(one=1, two=2))
print(dict([('k', 'v'), ('k2', 'v2')]))
print(dict({'base': 0}, extra=1))
print(dict(), dict([]))
print({k: v * 10 for k, v in a.items()})
inverted = {v: k for k, v in b.items()}
print(inverted)
print({n: n ** 2 for n in range(5) if n % 2 == 0})
words = 'the cat and the hat and the bat'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
