# A subclass overriding the reflected method gets tried first.
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
    def __lt__(self, o):
        return 'Base.__lt__'
    def __gt__(self, o):
        return 'Base.__gt__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__'
    def __gt__(self, o):
        return 'Derived.__gt__'
class Plain(Base):
    pass
print(Base() + Derived())
print(Base() < Derived())
print(Base() + Plain())
print(Base() < Plain())
print(Derived() + Base())
print(1 + Base())
