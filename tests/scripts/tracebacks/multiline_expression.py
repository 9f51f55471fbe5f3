# An expression spanning lines is marked to the end of its first line.
def total(items):
    return (sum(items) +
            "tax")


print(total([1, 2]))
