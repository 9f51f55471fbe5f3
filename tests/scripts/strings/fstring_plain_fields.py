# f-string fields with no format spec: str() of the value, whatever its
# type, and a subclass's own __str__ or __format__ still decides.


class Meters(int):
    def __str__(self):
        return f"{int(self)} m"


class Loud(str):
    def __format__(self, spec):
        return self.upper() + "!" + spec


class Plain(int):
    pass


values = [0, -7, 2**63 - 1, -(2**63), 2**70, True, False, 3.5, -0.0, 1e16,
          "text", "", "ünï", None, [1, "a"], (2,), Meters(5), Loud("hey"),
          Plain(9)]
for v in values:
    print(f"{v}|{v!r}|{v!s}|{v:}", "{}".format(v), format(v), str(v) == f"{v}")

n = 42
name = "pyslot"
print(f"{n}{name}{n}", f"{n:>5}|{name:^10}|{n:x}")
print(f"{Loud('x'):>3}")

print("{0}/{1}/{2}".format(Loud("x"), Plain(4), Meters(3)), "{:>4}".format(Plain(7)))
