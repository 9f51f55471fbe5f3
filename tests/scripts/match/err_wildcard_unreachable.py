print("compiled first: never printed")
match 3:
    case 1:
        pass
    case _:
        pass
    case 2:
        pass
