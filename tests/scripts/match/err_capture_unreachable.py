print("never printed")


def f(v):
    match v:
        case [x]:
            pass
        case (x):
            pass
        case 2:
            pass
