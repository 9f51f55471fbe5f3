print("runs until the pattern")
not_a_class = len
match 3:
    case not_a_class():
        pass
