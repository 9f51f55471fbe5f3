# One-character strings from iterating or indexing text: equal to the
# characters, shared for Latin-1 ones (CPython keeps one object each).

text = "héllo, wörld! 🐍 ok"
chars = [c for c in text]
print(chars, len(chars))
print([text[i] for i in range(len(text))] == chars, text[-1], text[7], text[14])
print(text[0] is text[0], text[1] is text[1], text[0] is "h", "".join(reversed(text)))
vowels = sum(1 for c in "education is the key" if c in "aeiou")
print(vowels)
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(list("\x00\x7f\x80\xff\u0100"), [ord(c) for c in "\x00\x7f\x80\xff\u0100"])
try:
    text[100]
except IndexError as e:
    print("IndexError:", e)
