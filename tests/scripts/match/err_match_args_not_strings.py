class Q:
    __match_args__ = ("a", 1)
    a = 0


match Q():
    case Q(x, y):
        pass
