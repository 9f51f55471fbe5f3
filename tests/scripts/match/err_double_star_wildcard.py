print("never printed")
match 3:
    case {**_}:
        pass
