def check(v):
    match v:
        case {"n": n} if n / 0:
            return n


check({"n": 1})
