orders = [('ann', 'apple', 2), ('bob', 'pear', 1), ('ann', 'pear', 5), ('ann', 'apple', 1)]
totals = {}
for who, item, qty in orders:
    totals.setdefault(who, {}).setdefault(item, 0)
    totals[who][item] += qty
print(totals)
print(sorted(totals['ann'].items()))
