# __name__ and __file__ of the main script, a module and a package.
import _helper
import shapes.square

print(__name__)
print(__file__.endswith("/file_and_name.py"))
print(__file__.rsplit("/", 1)[-1])
print(_helper.__name__, _helper.__file__.rsplit("/", 1)[-1])
print(shapes.__file__.endswith("/shapes/__init__.py"))
print(shapes.square.__file__.endswith("/shapes/square.py"))
print(_helper.__file__.rsplit("/", 1)[0] == __file__.rsplit("/", 1)[0])
print(shapes.__file__.rsplit("/", 2)[0] == __file__.rsplit("/", 1)[0])


def report():
    return __name__


print(report(), _helper.func.__module__, _helper.Greeter.__module__)
