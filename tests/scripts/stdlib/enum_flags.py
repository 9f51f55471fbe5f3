from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W), repr(Perm.R & Perm.W))
print(repr(~Perm.R), repr(Perm.RWX), list(rw), repr(Perm(0)), str(Perm(0)))
print(repr(Perm(5)), Perm(7) is Perm.RWX, repr(rw ^ Perm.R))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], repr(Color.RED | Color.BLUE))


class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4


mode = Open.READ | Open.WRITE
print(repr(mode), str(mode), mode == 3, mode + 1, isinstance(mode, int))
print(repr(Open.READ | 8), repr(Open(0)), f"{Open.APPEND}", Open.WRITE in mode)
