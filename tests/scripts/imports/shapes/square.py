print("shapes.square: loading as", __name__, "in package", __package__)
SIDES = 4


def side_area(s):
    return s * s
