# Every augmented operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x /= 4; print(x)
y = 6
y <<= 2; print(y)
y >>= 1; print(y)
y &= 7; print(y)
y |= 8; print(y)
y ^= 5; print(y)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
