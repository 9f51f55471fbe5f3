# Exact int <-> str conversions far past the default digit limit, lifted
# here: long digit strings are converted by divide and conquer, and the
# results must be exact (lengths, ends and hashes keep the output small).
import sys

sys.set_int_max_str_digits(0)


def show(label, n):
    s = str(n)
    print(label, len(s), s[:30], s[-30:], hash(n))


for k in (20_000, 100_000, 200_000):
    n = 3**k
    s = str(n)
    show(f"3**{k}", n)
    print(int(s) == n, int("-" + s) == -n, str(-n) == "-" + s)

for d in (10_000, 50_001, 120_000):
    print(d, int("9" * d) + 1 == 10**d, str(10**d) == "1" + "0" * d, int("1" + "0" * d) == 10**d)

# Low parts with leading zeros: the splits must keep them.
n = 10**100_000 + 7
s = str(n)
print(len(s), s.count("0"), s[-3:], int(s) == n)
places = (0, 1023, 1024, 1025, 4095, 4096, 4097, 8191, 8192, 30000, 65536, 131071)
n = sum(10**k for k in places)
s = str(n)
digits = ["0"] * (places[-1] + 1)
for k in places:
    digits[-1 - k] = "1"
print(len(s), s == "".join(digits), int(s) == n)
print(int("0" * 50_000 + "12345") == 12345, int("0" * 70_000) == 0)

# A number with no pattern: a quotient of powers.
n = 7**150_000 // 3**100_000
s = str(n)
show("7**150000 // 3**100000", n)
print(int(s) == n, int(s[:77_777]) == n // 10 ** (len(s) - 77_777))

# int(): underscores, whitespace, signs, other bases.
t = "_".join(["123456789"] * 3000)
print(int(t) == int(t.replace("_", "")), hash(int("  -" + t + "\n")))
print(hash(int("z" * 10_000, 36)), hash(int("6" * 15_000, 7)), hash(int("b" * 12_000, 12)))
print(int("6" * 15_000, 7) == 7**15_000 - 1)
print(int("7" * 20_000, 8) == 8**20_000 - 1)

# Literals in source.
print(hash(eval("1" * 50_000)), hash(eval("-" + "12_34" * 5_000)))
print(eval("9" * 30_000) + 1 == 10**30_000)

# The formatting paths share the conversion.
print(len(f"{3**50_000:,}"), len("%d" % 3**50_000), repr(-(10**9_000))[:5])
