# Building an aligned text table with several formatting styles.
rows = [('Widget', 4, 3.5), ('Gadget', 12, 12.25), ('Thingamajig', 1, 999.999)]
header = '{:<12}{:>6}{:>10}'.format('Item', 'Qty', 'Price')
print(header)
print('-' * len(header))
for item, qty, price in rows:
    print('{:<12}{:>6d}{:>10.2f}'.format(item, qty, price))
print('-' * len(header))
total = sum(q * p for _, q, p in rows)
print('{:<12}{:>16,.2f}'.format('Total', total))
for item, qty, price in rows:
    print('%-12s%6d%10.2f' % (item, qty, price))
for item, qty, price in rows:
    print(f'{item:<12}{qty:>6}{price:>10.2f}')
width = max(len(r[0]) for r in rows)
for r in rows:
    print(f'|{r[0]:^{width + 2}}|')
