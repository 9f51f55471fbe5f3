print("never printed")
match 3:
    case __debug__:
        pass
