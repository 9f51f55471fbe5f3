# itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller

print(itemgetter(1)("ABCDEFG"), itemgetter(1, 3, 5)("ABCDEFG"), itemgetter(slice(2, None))("ABCDEFG"))
print(itemgetter("rank")({"rank": 3}))
rows = [("apple", 3), ("banana", 1), ("cherry", 2)]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)))
print(repr(itemgetter(1)), repr(itemgetter("a", 2)))


class Person:
    def __init__(self, name, city):
        self.name = name
        self.address = City(city)


class City:
    def __init__(self, city):
        self.city = city


people = [Person("ann", "Oslo"), Person("bob", "Bern")]
print(attrgetter("name")(people[0]), attrgetter("address.city")(people[1]))
print(attrgetter("name", "address.city")(people[0]))
print([p.name for p in sorted(people, key=attrgetter("address.city"))])
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")))

up = methodcaller("upper")
print(up("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o", 1)("banana"))
print(methodcaller("to_bytes", 2, byteorder="big")(258))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(up))

for call in [lambda: itemgetter(5)("abc"), lambda: itemgetter("x")({}),
             lambda: attrgetter("missing")(people[0]), lambda: attrgetter(1),
             lambda: attrgetter("address.zip")(people[0]), lambda: methodcaller(1),
             lambda: methodcaller("nope")(1), lambda: itemgetter(), lambda: attrgetter(), lambda: methodcaller(),
             lambda: itemgetter(a=1), lambda: methodcaller("x")(1)]:
    try:
        call()
        print("no error")
    except (TypeError, AttributeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
