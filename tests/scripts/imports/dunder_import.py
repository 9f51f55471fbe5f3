# __import__: the function behind the import statement.
m = __import__("math")
print(m.sqrt(16), m.__name__)
pkg = __import__("shapes.circle")
print(pkg.__name__, pkg.circle.__name__)
leaf = __import__("shapes.circle", fromlist=["area"])
print(leaf.__name__, leaf.area(1) > 3)
helper = __import__("_helper", globals(), locals(), [], 0)
print(helper.CONST)
try:
    __import__("no_such_thing")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__("x", level=1)
except KeyError as e:
    print("KeyError", e)
try:
    __import__("x", {"__name__": "__main__", "__package__": None}, None, [], 1)
except ImportError as e:
    print(e)
