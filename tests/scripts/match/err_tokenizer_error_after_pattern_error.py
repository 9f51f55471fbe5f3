print("never printed")
match 3:
    case Point(1, x=1, 2, 3, y=4, 5):
        pass}
