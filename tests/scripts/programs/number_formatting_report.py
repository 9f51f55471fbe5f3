# A sales report mixing ints, floats and formatting.
sales = {
    'north': [1200.5, 980.25, 1500.0],
    'south': [450.0, 610.75],
    'east': [2000.0, 1999.99, 2100.1, 50.0],
    'west': [],
}
grand = 0.0
print(f"{'region':<8}{'n':>3}{'total':>12}{'avg':>10}{'share':>8}")
totals = {r: sum(v) for r, v in sales.items()}
all_total = sum(totals.values())
for region, values in sales.items():
    total = totals[region]
    avg = total / len(values) if values else 0.0
    share = total / all_total
    grand += total
    print(f'{region:<8}{len(values):>3}{total:>12,.2f}{avg:>10.2f}{share:>8.1%}')
print(f"{'all':<8}{sum(len(v) for v in sales.values()):>3}{grand:>12,.2f}")
best = max(totals, key=totals.get)
print('best region:', best, round(totals[best], 2))
print('%-8s %s' % ('sorted', sorted(totals, key=totals.get, reverse=True)))
