print("never printed")
match 5:
    case int(x, y):
   x       pass
