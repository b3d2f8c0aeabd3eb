print({x % 3 for x in range(10)})
print(sorted({c for c in 'mississippi'}))
print({len(w) for w in ['a', 'bb', 'cc', 'd']})
