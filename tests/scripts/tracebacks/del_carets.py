# A failed `del` of a missing key points at the deleted item.
stock = {"apple": 3}
del stock["apple"]
print(stock)
del stock["pear"]
