# dict/list/str work: counting words, sorting, comprehensions, join/split.
words = "the quick brown fox jumps over the lazy dog and then the dog sleeps".split()
text = " ".join(words[i % len(words)] + str(i % 97) for i in range(300_000))
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
lengths = [len(w) for w in counts if w.startswith("t")]
caps = {w.upper(): n for w, n in counts.items() if n > 3000}
print(len(counts), top, sum(lengths), len(caps))
print("-".join(sorted(caps)[:3]))
