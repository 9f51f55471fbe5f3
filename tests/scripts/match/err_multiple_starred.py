print("never printed")
match 3:
    case [a, *b, *c]:
        pass
