print("never printed")
match 3:
    case Point(x=1, y=2, x=3):
        pass
