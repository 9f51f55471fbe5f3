print("never printed")
match 3:
    case f"{3}":
        pass
