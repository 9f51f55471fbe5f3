print("never printed")
match 3:
    case Point(a, _, b) | Point(c):
        pass
