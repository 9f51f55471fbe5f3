print("never printed")
match 3:
    case {1: a, 1.0: b}:
        pass
