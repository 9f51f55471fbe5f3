class P:
    __match_args__ = ("x", "y")
    x = 1
    y = 2


match P():
    case P(a, x=b):
        pass
