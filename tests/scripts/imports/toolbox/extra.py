print("toolbox.extra: loading")


def shout(s):
    return s.upper() + "!"
