# `from module import name, other as alias` binds the names, not the module.
import sys

from _helper import func, CONST as c

print(func(1), c)
print("_helper" in globals(), "CONST" in globals(), "c" in globals())
print("_helper" in sys.modules)

from _helper import Greeter

print(Greeter("from-import").greet())

# An underscore name can always be imported explicitly.
from _helper import _private

print(_private)

# Rebinding the imported name leaves the module's attribute alone.
c = 0
print(c, sys.modules["_helper"].CONST)

# The function still reads its own module's globals.
sys.modules["_helper"].CONST = 100
print(func(1))

# The parenthesised, multi-line form with a trailing comma.
from _helper import (
    func as twice_plus,
    CONST,
)

print(twice_plus is func, CONST)


def local_import():
    from _helper import extra
    return extra


print(local_import())
print("extra" in globals())
