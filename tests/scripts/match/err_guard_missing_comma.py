print("never printed")
match 3:
    case x if f(a b):
        pass
