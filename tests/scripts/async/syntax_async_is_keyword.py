# async and await are keywords: not names.
def async(x):
    return x
