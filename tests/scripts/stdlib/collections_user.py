# collections.UserDict and UserList: the container in `data`, subclasses
# overriding a few methods, copies, operators and comparisons.
import copy
from collections import UserDict, UserList
from collections.abc import MutableMapping, MutableSequence


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
ld.update(D=4)
print(ld, ld.data, len(ld), "a" in ld, "A" in ld, list(ld), ld.get("b"), ld.get("zz", 0))
print(ld == {"a": 1, "b": 2, "c": 3, "d": 4}, isinstance(ld, MutableMapping), isinstance(ld, dict))
del ld["a"]
print(ld.pop("b"), ld.setdefault("e", 5), ld, sorted(ld.items()))
c = ld.copy()
c["x"] = 0
print(type(c).__name__, ld, c, copy.copy(ld) == ld, copy.deepcopy(ld) == ld)
print(UserDict(a=1) | {"b": 2}, {"b": 2} | UserDict(a=1), UserDict.fromkeys("ab", 0), UserDict())
u = UserDict(a=1)
u |= {"z": 9}
print(u, type(u).__name__)
attempt(lambda: UserDict()["missing"])


class Zero(UserDict):
    def __missing__(self, key):
        return 0


z = Zero()
print(z["x"], z.get("x"), "x" in z)


class Stack(UserList):
    def push(self, item):
        self.append(item)


s = Stack([1, 2])
s.push(3)
s.extend(Stack([4]))
s += [5]
print(s, s.data, len(s), s[0], s[-1], s[1:3], type(s[1:3]).__name__, 3 in s)
print(s.pop(), s.pop(0), s, s.count(2), s.index(3), s.copy(), type(s.copy()).__name__)
s.insert(0, 9)
s.remove(3)
s.reverse()
print(s)
s.sort()
print(s, s == [2, 4, 9], s < [3], s > Stack([1]), s + [1], [0] + s, s * 2, 2 * s)
s *= 2
s[0] = "first"
del s[-1]
print(s, isinstance(s, MutableSequence), isinstance(s, list), list(reversed(UserList("abc"))))
s.sort(key=str, reverse=True)
print(s, UserList(), UserList((1, 2)), UserList(UserList([7])))
print(copy.copy(UserList([[1]])), copy.deepcopy(UserList([[1]])))
s.clear()
print(s)
attempt(lambda: UserList([1]).index(5))
attempt(lambda: UserList()[0])
attempt(lambda: UserList().pop())
