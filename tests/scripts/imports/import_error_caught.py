# A module that raises while being imported is removed from sys.modules, so a
# later import runs it again.
import sys

for attempt in (1, 2):
    try:
        import _bad
    except ValueError as e:
        print("attempt", attempt, "failed:", type(e).__name__ + ":", e)
    print("_bad in sys.modules:", "_bad" in sys.modules)
print("_bad in globals:", "_bad" in globals())
