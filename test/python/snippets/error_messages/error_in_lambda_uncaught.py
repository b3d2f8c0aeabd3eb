rows = [{'n': 1}, {'n': None}, {'n': 3}]
print(sorted(rows, key=lambda r: r['n']))
