# Keyword arguments reach builtins in their declared positions, with the
# declared defaults filling the gaps before them.
import math

print("a,b,,c".split(sep=","))
print("a b c d".split(maxsplit=1))
print("a b c d".rsplit(maxsplit=2))
print("a-b-c".split("-", maxsplit=1))
nums = [3, 1, 2]
nums.sort(reverse=True)
print(nums)
nums.sort(key=lambda n: -n, reverse=True)
print(nums)
print(sorted("hello", reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print(int("ff", base=16), int("101", 2), int(" 7 "))
print((1024).to_bytes(2, byteorder="little"), (-1).to_bytes(2, "big", signed=True))
print((5).to_bytes(length=3, byteorder="big"))
print(int.from_bytes(b"\x00\x10", byteorder="big"), int.from_bytes(b"\xff", "big", signed=True))
print("héllo".encode(encoding="utf-8"), "abc".encode(errors="strict"))
print(str(b"hi", encoding="ascii"), str(object=42))
print(dict(a=1, b=2), dict([("x", 1)], y=2))
print(round(2.567, ndigits=2), round(number=7.5))
print(sum([1, 2], start=10), sum([1, 2], 5))
print(list(enumerate("ab", start=1)))
print(math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(1.0, 1.1, abs_tol=0.2))
print(1, 2, sep="-", end="!\n")
print(pow(base=2, exp=10), pow(2, 10, mod=1000))
print("a\nb\n".splitlines(keepends=True))
print("a\tb".expandtabs(tabsize=4))
print(max([1, 2, 3], key=lambda x: -x), min([], default="empty"), max(1, 5, 3))
print({}.get("k", "default"), {"k": 1}.pop("k"))
print(bytes.fromhex("6869"), b"a b".split(maxsplit=1))


class Index:
    def __index__(self):
        return 1


L = [10, 20, 30]
print(L.pop(Index()), L)

print(len.__text_signature__, [].append.__text_signature__)
print(str.split.__text_signature__, dict.fromkeys.__text_signature__)
print(print.__text_signature__)
print(str.count.__text_signature__)


class Money(int):
    pass


for call in ["Money(1, 2, 3)", "Money(x=1)", "Money('7', base=10)"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "->", e)
