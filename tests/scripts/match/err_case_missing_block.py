print("never printed")
match 3:
    case 1:
    pass
