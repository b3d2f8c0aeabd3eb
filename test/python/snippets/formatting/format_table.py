rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
print('{:<10}{:>5}{:>8}'.format('name', 'qty', 'price'))
for name, qty, price in rows:
    print('{:<10}{:>5}{:>8.2f}'.format(name, qty, price))
print('-' * 23)
print('%-10s%5d%8.2f' % ('total', sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
