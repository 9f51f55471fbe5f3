# // and % with every sign combination.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b)
print(0 // 5, 0 % 5)
print(-1 // 10, -1 % 10)
print(10 // 3, 10 % 3)
print(-10 // 3, -10 % 3)
print(10 // -3, 10 % -3)
print(-10 // -3, -10 % -3)
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.0)
print(10 ** 20 // -3, 10 ** 20 % -3)
for a in range(-3, 4):
    print(a, a // 3 * 3 + a % 3 == a)
