print("never printed")
match 3:
    case *rest:
        pass
