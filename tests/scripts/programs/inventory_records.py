# Group, filter and summarise a list of dict records.
records = [
    {'sku': 'A1', 'cat': 'tools', 'qty': 5, 'price': 9.99},
    {'sku': 'B2', 'cat': 'garden', 'qty': 0, 'price': 24.5},
    {'sku': 'C3', 'cat': 'tools', 'qty': 12, 'price': 3.25},
    {'sku': 'D4', 'cat': 'kitchen', 'qty': 7, 'price': 15.0},
    {'sku': 'E5', 'cat': 'garden', 'qty': 2, 'price': 99.95},
    {'sku': 'F6', 'cat': 'kitchen', 'qty': 0, 'price': 4.75},
]
by_cat = {}
for r in records:
    by_cat.setdefault(r['cat'], []).append(r)
for cat in sorted(by_cat):
    items = by_cat[cat]
    value = sum(r['qty'] * r['price'] for r in items)
    print(f"{cat:<8} skus={[r['sku'] for r in items]} units={sum(r['qty'] for r in items):3} value={value:8.2f}")
out_of_stock = [r['sku'] for r in records if not r['qty']]
print('out of stock:', out_of_stock)
cheapest = min(records, key=lambda r: r['price'])
print('cheapest:', cheapest['sku'], cheapest['price'])
restock = {r['sku']: max(0, 10 - r['qty']) for r in records}
print(restock)
print(sorted(records, key=lambda r: (r['cat'], -r['price']))[0])
