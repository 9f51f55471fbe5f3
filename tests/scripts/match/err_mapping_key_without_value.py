print("never printed")
match {"key": 1}:
    case {K.ls}:
        pass
