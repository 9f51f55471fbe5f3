print("never printed")
match 3:
    case 1 | other:
        pass
    case 2:
        pass
