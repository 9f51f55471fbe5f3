class K:
    a = "key"
    b = "key"


match {"key": 1, "other": 2}:
    case {K.a: 1, K.b: 1}:
        pass
