print("shapes.circle: loading as", __name__, "in package", __package__)
PI = 3.14159


def area(r):
    return round(PI * r * r, 3)
