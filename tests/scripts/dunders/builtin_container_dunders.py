# Builtin containers answer the container protocol's dunders, and object
# has the default comparisons.
nums = [3, 1, 2]
print(nums.__len__(), len(nums), nums.__getitem__(0), nums.__contains__(2), 5 in nums)
nums.__setitem__(0, 9)
nums.__delitem__(1)
print(nums, list(nums.__iter__()))
d = {"a": 1}
d.__setitem__("b", 2)
print(d.__len__(), d.__getitem__("b"), d.__contains__("a"), list(d.__iter__()))
d.__delitem__("a")
print(d)
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("bc"), (1, 2).__len__(), range(5).__getitem__(2))
print({1, 2}.__len__(), {1}.__contains__(1), frozenset([1]).__len__(), range(3).__contains__(2))
class A:
    pass
a = A()
print(a.__ne__(5), a.__eq__(5), a.__ne__(a), a.__lt__(a), hasattr(A, "__gt__"))
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
class W(V):
    def __lt__(self, o):
        return super().__lt__(o)
print(W(1) < W(2), V(3) > V(2), sorted([V(3), V(1)], key=lambda v: v)[0].n)
class P:
    def __lt__(self, o):
        return super().__lt__(o)
try:
    P() < P()
except TypeError as e:
    print("TypeError:", e)
try:
    a < a
except TypeError as e:
    print("TypeError:", e)
print(len([1, 2]), [1, 2] == [1, 2], [1] != [2], 1 != 1.0, "a" != "b")
