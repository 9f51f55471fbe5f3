print("never printed")
match 3:
    case [a, (1 as |a)]:
        pass
