class Color:
    RED = 1


match 1:
    case Color.BLUE:
        pass
