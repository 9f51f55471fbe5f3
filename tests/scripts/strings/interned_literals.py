# String literals that look like names are one object wherever they are
# written (CPython interns them); dict lookups by such keys find the
# entries whichever way the key string was made.


def state_a():
    return "ready"


def state_b():
    return "ready"


def joined():
    return "rea" + "dy"


print(state_a() is state_b(), state_a() == joined(), hash(state_a()) == hash(joined()))

table = {"ready": 1, "waiting": 2, "x_1": 3, "with space": 4, "": 5}
keys = ["ready", joined(), "wait" + "ing", "x_" + str(1), "with " + "space", "", "missing"]
for k in keys:
    print(repr(k), table.get(k), k in table)

counts = {}
for word in "the cat saw the other cat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, counts["cat"], counts["the"])

d = {}
d["k"] = 1
d["k"] += 1
d["k" * 2] = "kk"
print(d, "kk" in d, d.pop("k"), d)
