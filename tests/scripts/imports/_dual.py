"""A module with a main guard: the guarded block runs only when executed directly."""
print("_dual: module body runs, __name__ =", __name__)


def answer():
    return 42


if __name__ == "__main__":
    print("_dual: this line only appears when _dual.py is run directly")
