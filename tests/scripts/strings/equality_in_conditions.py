# String equality as a condition: same object, equal text made apart,
# different lengths, non-ASCII text, and str subclasses with their own __eq__.
state = "ready"
made = "".join(["re", "ady"])
for other in [state, made, "read", "readyy", "", "réady", "ready"]:
    if state == other:
        print(repr(other), "equal")
    elif state != other:
        print(repr(other), "different")
if "" == "":
    print("empty strings are equal")
if "é" != "e":
    print("accents count")
if "日本" == "日" + "本":
    print("joined text equals")


class Loud(str):
    def __eq__(self, other):
        print("  Loud.__eq__ asked")
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__


if Loud("READY") == "ready":
    print("subclass decides")
if "ready" == Loud("READY"):
    print("reflected subclass decides")
if not (Loud("x") != "X"):
    print("!= falls back to the inverse of __eq__")
x = 3
if x == "3":
    print("never")
else:
    print("int and str differ")
