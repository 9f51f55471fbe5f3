print("never printed")
match 3:
    case {"ab": a, "a" "b": b}:
        pass
