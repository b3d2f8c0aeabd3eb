d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
del d['a']
d['a'] = 4
print(list(d))
try:
    for k in d:
        d['new'] = 0
except RuntimeError as e:
    print(e)
