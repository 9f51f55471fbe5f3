# A module whose global holds a suspended generator until exit.
def ticker():
    try:
        yield "tick"
    finally:
        print("module generator finally ran")

held = ticker()
next(held)
