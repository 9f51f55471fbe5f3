class R:
    def __rdivmod__(self, other):
        return ('rdivmod', other)

class D:
    def __divmod__(self, other):
        return NotImplemented

print(divmod(7, R()), divmod(2.5, R()))
print(divmod(D(), R())[0])
try:
    divmod(D(), 3)
except TypeError as e:
    print(e)
print((0.0).as_integer_ratio(), (-0.0).as_integer_ratio(), (0.5).as_integer_ratio())
