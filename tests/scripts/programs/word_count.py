# Count words in a text and report the most common ones.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip('.,;:!?').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
print('distinct words:', len(counts))
print('total words:', sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f'{word:>12} {n:3d} {"#" * n}')
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
singletons = sorted(w for w, n in counts.items() if n == 1)
print('once:', ', '.join(singletons))
longest = max(counts, key=lambda w: (len(w), w))
print('longest:', longest)
