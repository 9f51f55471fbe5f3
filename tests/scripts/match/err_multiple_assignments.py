print("never printed")
match 3:
    case {"k": a, **a}:
        pass
