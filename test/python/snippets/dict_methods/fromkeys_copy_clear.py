d = dict.fromkeys(['a', 'b'], 0)
print(d, dict.fromkeys('xy'))
c = d.copy()
c['a'] = 5
print(d, c)
d.clear()
print(d, len(c))
