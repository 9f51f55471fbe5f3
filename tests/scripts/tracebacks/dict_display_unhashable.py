# An unhashable key in a dict display points at the display.
key = ["x", "y"]
ok = {"a": 1}
print(ok)
table = {"a": 1, key: 2}
