# An uncaught KeyError.
inventory = {'apples': 3, 'pears': 0}
print(inventory['apples'])
print(inventory.get('plums', 0))
print(inventory['plums'])
