print("never printed")
match 3:
    case {f"k": 1}:
        pass
