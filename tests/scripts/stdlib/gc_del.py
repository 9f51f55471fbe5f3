# __del__ runs when the last reference goes (before the next statement),
# once; an error in it is reported and ignored; objects left at exit are
# finalized after the script's last line.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

r = Res("a")
del r
print("after del")
r = Res("b")
r = Res("c")
print("after rebinding")

def scope():
    local = Res("local")
    print("in scope")
scope()
print("after scope")

items = [Res("l1"), Res("l2")]
items.pop()
print("after pop")
items.clear()
print("after clear")

class Broken:
    def __del__(self):
        print("broken __del__ runs")
        1 / 0
b = Broken()
del b
print("the error was ignored")

class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)
class Child(Base):
    pass
c = Child()
c = None
keep = Res("global")
print("end of script")
