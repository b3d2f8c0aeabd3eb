print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in ['a', 'bbb', 'cc']))
print(''.join(c.upper() for c in 'abc'))
print(any(x > 5 for x in [1, 7]), all(x for x in []))
