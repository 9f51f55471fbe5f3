# A package's submodules are not attributes until something imports them.
import sys
import toolbox

print(toolbox.describe())
print("toolbox.extra" in sys.modules, hasattr(toolbox, "extra"))
try:
    toolbox.extra
except AttributeError as e:
    print("AttributeError:", e)

import toolbox.extra

print("toolbox.extra" in sys.modules, hasattr(toolbox, "extra"))
print(toolbox.extra.shout("ready"))
print(toolbox.extra is sys.modules["toolbox.extra"])

# `from package import submodule` imports the submodule when needed.
from toolbox import more

print(more.VALUE, toolbox.more is more)
print(sorted(name for name in sys.modules if name.startswith("toolbox")))
