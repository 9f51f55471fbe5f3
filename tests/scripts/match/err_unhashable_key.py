class K:
    lst = []


match {"key": 1}:
    case {K.lst: 1}:
        pass
