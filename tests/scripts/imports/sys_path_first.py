# sys.path[0] is the script's folder, which is how sibling modules are found;
# adding a folder to sys.path makes its modules importable.
import sys

here = __file__.rsplit("/", 1)[0]
print(sys.path[0] == here)
print(sys.path[0].startswith("/"), __file__.startswith("/"))
print(type(sys.path).__name__)

import _helper

print(_helper.__file__ == sys.path[0] + "/_helper.py")

try:
    import hello_plugin
except ModuleNotFoundError as e:
    print(e)

sys.path.append(here + "/plugins")
import hello_plugin

print(hello_plugin.hello())
print(hello_plugin.__file__ == here + "/plugins/hello_plugin.py")
