print("never printed")
match 3:
    case [a, b] | [b, c]:
        pass
