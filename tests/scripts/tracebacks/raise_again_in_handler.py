# `raise e` in a handler shows both places in the same frame.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("could not parse", repr(text))
        raise e


parse("12x")
