class Point:
    def __init__(self):
        self.x = 1


print("runs until the pattern")
match Point():
    case Point(1):
        pass
