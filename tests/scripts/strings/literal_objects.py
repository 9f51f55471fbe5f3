# A string literal is one object, made once, as a code object's constant
# is in CPython: evaluating it again gives the same object, and nothing
# done with it can change what the literal gives next time.


def state():
    return "ready"


print(state() is state(), state() == "ready")

s = "ab"
t = s
s += "c"
print(s, t, "ab")

counts = {}
for word in ["x", "y", "x"]:
    counts["seen"] = counts.get("seen", 0) + 1
    counts[word] = counts.get(word, 0) + 1
print(counts)

# Code made and dropped again and again: each literal gives its own text,
# even where a freed tree's memory is reused for the next one.
for i in range(300):
    ns = {}
    exec(f"def g():\n    return 'text{i}'", ns)
    got = ns["g"]()
    if got != f"text{i}":
        print("wrong", i, got)
    del ns
print("exec ok")
total = 0
for i in range(2000):
    total += len(eval(f"'lit{i}' + 'x'"))
print(total)

# Literals in a loop used as keys, in comparisons and joined.
parts = []
for i in range(4):
    parts.append("-" if i % 2 else "+")
print("".join(parts), "-" in parts, parts.count("+"))
