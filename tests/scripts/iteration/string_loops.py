# `for c in text`: ASCII and non-ASCII text, rebinding the name being
# looped over, break/else, nested loops and an empty string.


def caesar(text, k):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)


print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))

s = "abc"
seen = []
for c in s:
    s = s + c.upper()
    seen.append(c)
print(seen, s)

for c in "":
    print("never")
else:
    print("empty: else")

for c in "find the x here":
    if c == "x":
        print("found", c)
        break
else:
    print("no x")

pairs = [a + b for a in "ab" for b in "xyz"]
print(pairs)
print([c for c in "naïve café 🐍"], "".join(c for c in "tab\there\n" if c.isprintable()))
vowels = 0
for ch in "The quick brown fox jumps over the lazy dog":
    if ch.lower() in "aeiou":
        vowels += 1
print(vowels)
