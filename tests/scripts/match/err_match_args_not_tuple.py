class Q:
    __match_args__ = ["a"]


match Q():
    case Q(x):
        pass
