records = [('b', 2), ('a', 2), ('c', 1), ('d', 1)]
records.sort(key=lambda r: r[1])
print(records)
print(sorted(records, key=lambda r: r[1], reverse=True))
