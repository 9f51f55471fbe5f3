print("never printed")
for i in range(2):
    match i:
        case 0:
            continue
        case y:
            pass
        case 1:
            pass
