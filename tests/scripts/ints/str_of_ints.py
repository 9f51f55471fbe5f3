# str() of ints at the edges of the machine word and beyond.
for n in [0, -0, 7, -7, 10, -10, 99, 100, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**30]:
    s = str(n)
    print(s, len(s), s == repr(n), int(s) == n)
print(str(True), str(False), str(-5 // 2), [str(i) for i in range(-3, 4)])
