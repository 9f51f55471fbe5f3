print("never printed")
match 5:
    case int(x):
    {      pass
