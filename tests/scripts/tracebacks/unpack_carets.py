# Unpacking errors point at the target list.
def split(record):
    name, (x, y) = record
    return name, x, y


print(split(("a", (1, 2))))
print(split(("b", 5)))
