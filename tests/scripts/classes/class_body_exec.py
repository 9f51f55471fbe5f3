# The class body runs like code: statements, loops, names visible in order.
print('before class')
class Config:
    print('in body')
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
    if total > 3:
        big = True
    else:
        big = False
    label = 'total=' + str(total)
    del i
    def helper(x):
        return x * 2
    doubled = helper(21)
print('after class')
print(Config.items, Config.total, Config.big, Config.label, Config.doubled)
print(hasattr(Config, 'i'))
print([k for k in Config.__dict__ if not k.startswith('__')])
