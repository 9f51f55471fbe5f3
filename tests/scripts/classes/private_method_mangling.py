# Private names in a class body: methods, class attributes and attribute
# access are all mangled to _Class__name; dunders are not.
class Heap:
    __limit = 3

    def __init__(self):
        self.__items = []

    def __swap(self, i, j):
        self.__items[i], self.__items[j] = self.__items[j], self.__items[i]

    def push(self, x):
        self.__items.append(x)
        if len(self.__items) > 1 and self.__items[-1] < self.__items[0]:
            self.__swap(0, len(self.__items) - 1)
        return len(self.__items) <= self.__limit

    def __repr__(self):
        return f"Heap({self.__items})"


h = Heap()
print(h.push(5), h.push(2), h.push(9), h.push(1), h)
print(sorted(k for k in Heap.__dict__ if k.startswith("_Heap")))
print(Heap._Heap__swap.__name__, Heap._Heap__swap.__qualname__)
print(hasattr(h, "__swap"), hasattr(h, "_Heap__swap"), vars(h))


class _Hidden:
    def __secret(self):
        return "found"

    def reveal(self):
        return self.__secret()


print(_Hidden().reveal(), [k for k in vars(_Hidden) if "secret" in k])


class Outer:
    class __Inner:
        pass

    def make(self):
        return self.__Inner


print(Outer().make().__name__, "_Outer__Inner" in vars(Outer))
try:
    h.__swap(0, 1)
except AttributeError as e:
    print(e)
