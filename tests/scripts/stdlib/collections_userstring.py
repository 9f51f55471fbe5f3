# collections.UserString: str methods giving UserStrings of the subclass,
# operators, comparisons and the methods returning other things.
from collections import UserString
from collections.abc import Sequence


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:3]).__name__, "world" in s, Shout("lo") in s)
print(s.shout(), type(s.shout()).__name__, s.title(), type(s.title()).__name__, s.replace("l", "L"))
print(s.replace(UserString("o"), "0"), s.split(), s.split("o", 1), s.count("l"), s.find("w"), s.index("o"))
print(s.startswith("he"), s.endswith(("x", "ld")), s.isalpha(), Shout("abc").isalpha(), s.partition(" "))
print(s.center(15, "*"), s.zfill(13), s.strip("hd"), s.encode(), Shout("{}-{}").format(1, 2), Shout("-").join("abc"))
print(s + "!", "> " + s, type("> " + s).__name__, s * 2, 2 * Shout("ab"), Shout("%s=%d") % ("x", 1))
print(s == "hello world", s == Shout("hello world"), s < "z", s > UserString("a"), s != "x", hash(s) == hash("hello world"))
print(int(UserString("42")), float(UserString("1.5")), str(s), type(str(s)).__name__, sorted(Shout("cab")))
print(isinstance(s, Sequence), isinstance(s, str), list(reversed(UserString("abc"))), UserString(5), UserString(s))
print({UserString("k"): 1}[UserString("k")], s.translate(str.maketrans("lo", "01")), Shout.maketrans("a", "b"))
print(s.upper.__name__, s.lower(), s.swapcase(), s.capitalize(), s.isupper(), s.splitlines(), s.rsplit(" ", 1))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError", e)
