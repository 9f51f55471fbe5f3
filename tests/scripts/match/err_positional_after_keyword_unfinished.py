print("never printed")
match 3:
    case Point(x=1, y x=3):
        pass
