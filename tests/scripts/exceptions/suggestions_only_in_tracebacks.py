# "Did you mean" hints belong to printed tracebacks only: str(e) and the
# args of a caught NameError or AttributeError stay plain.
try:
    prnt("x")
except NameError as e:
    print("NameError:", e, e.args)
try:
    [].apend(1)
except AttributeError as e:
    print("AttributeError:", e)


class Thing:
    size = 1


try:
    Thing().sise
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Thing(), "sise"), getattr(Thing(), "sise", "default"))
