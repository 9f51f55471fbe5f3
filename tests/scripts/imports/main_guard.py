# `if __name__ == "__main__":` runs only in the script that was started.  An
# imported module's guard stays off, and a script importing itself runs its
# body a second time as an ordinary module.
import sys

print("main_guard: body runs, __name__ =", __name__)


def who():
    return "who() in " + __name__


if __name__ == "__main__":
    print("main_guard: running as the script")
    import _dual

    print(_dual.answer())
    import main_guard

    print(main_guard.who())
    print(who())
    print(main_guard is sys.modules["__main__"])
    print(sys.modules["__main__"].__name__, main_guard.__name__)
