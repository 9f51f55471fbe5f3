# The builtins module: the namespace every name falls back to.
import builtins

print(builtins, builtins.__name__, type(builtins).__name__)
print(builtins.print is print, builtins.len([1, 2]), builtins.int("7") + 1)
print(hasattr(builtins, "sorted"), hasattr(builtins, "no_such_name"), "range" in dir(builtins))
builtins.greeting = "hello from builtins"


def use_it():
    return greeting  # noqa: F821 (found in builtins)


print(use_it())
greeting = "a global hides it"
print(use_it(), builtins.greeting)
del greeting
del builtins.greeting
try:
    use_it()
except NameError as e:
    print("NameError", e)
saved = builtins.print
builtins.print = lambda *a: saved("wrapped:", *a)
print("x", 1)
builtins.print = saved
print("restored")
import builtins as again
print(again is builtins, isinstance(builtins.ValueError("v"), ValueError))
try:
    builtins.nothing_here
except AttributeError as e:
    print("AttributeError", e)
