# `from module import *`: __all__ decides when present (even for underscore
# names); otherwise every name not starting with an underscore is taken.
before = set(globals())
from _helper import *

print(sorted(set(globals()) - before - {"before"}))
print(func(0), CONST, _exported)
print(Greeter("star").greet())
print("extra" in globals(), "_private" in globals())

before = set(globals())
from _starry import *

print(sorted(set(globals()) - before))
print(paint("fence"), Brush.size, sqrt(16.0), sys.__name__)
print("_secret" in globals(), "_math" in globals(), "_hidden" in globals())
