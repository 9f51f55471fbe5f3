print("never printed")
match 3:
    case {-1j: a, -0-1j: b}:
        pass
