# A class-level counter updated through the class in __init__.
class Widget:
    count = 0
    registry = []

    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        Widget.registry.append(name)

    def bad_increment(self):
        self.count += 1   # creates an instance attribute

ws = [Widget(n) for n in ['a', 'b', 'c']]
print(Widget.count)
print([w.id for w in ws])
print(Widget.registry)
ws[0].bad_increment()
print(ws[0].count, ws[1].count, Widget.count)
print(ws[0].__dict__)
print(ws[1].__dict__)
