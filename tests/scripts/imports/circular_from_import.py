# `from module import name` inside a cycle fails when the name is not yet
# defined in the partially initialised module.  Only path-free parts of the
# message are printed.
import sys

try:
    import _circ_x
except ImportError as e:
    message = str(e)
    print(type(e).__name__)
    print(message.split(" (")[0])
    print("circular import" in message)
    print(e.name)
print("_circ_x" in sys.modules, "_circ_y" in sys.modules)

# Both modules were dropped, so a second attempt runs them again; starting
# from the other end fails on the other name.
try:
    import _circ_y
except ImportError as e:
    print(str(e).split(" (")[0])
    print(e.name)
print("_circ_x" in sys.modules, "_circ_y" in sys.modules)
