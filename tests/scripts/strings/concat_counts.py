# Concatenation keeps character counts, indexing and hashing right for short
# (inline) and long strings, ASCII or not.
pairs = [("", ""), ("ab", "cd"), ("é", "a"), ("日本", "語"), ("x" * 20, "yz"),
         ("x" * 20, "yzw"), ("ü" * 11, ""), ("ü" * 11, "!"), ("a" * 30, "é")]
for a, b in pairs:
    s = a + b
    print(len(s), s[-1:] if s else "", s[:3], s == a + b, hash(s) == hash(a + b), repr(s)[:12])
d = {}
for w in "the cat the dog the end".split():
    d[w + "!"] = d.get(w + "!", 0) + 1
print(d)
acc = ""
for i in range(30):
    acc += str(i % 10)
    if i in (20, 21, 22, 23):
        print(i, len(acc), acc[-3:], acc.upper()[:2], acc.startswith("012"))
print(sorted(["b" + "a", "a" + "b", "a" * 25, "a" * 23 + "b"]))
print("ab" + "c" in {"abc"}, ("q" * 21 + "é").encode()[-2:], ("é" * 12)[5], ("é" * 12).find("é", 3))
data = "héllo wörld".encode()
print(data[1:3], data[::-1][:4], data[-3:], data[100:], data[::3], list(data[:2]))
print([c for c in "aé日"], "aé日"[1], "aé日"[-1], chr(233))
