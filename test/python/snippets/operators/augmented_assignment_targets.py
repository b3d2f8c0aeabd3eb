class Box:
    pass
b = Box()
b.n = 1
b.n += 10
items = [1, 2, 3]
items[1] *= 5
d = {'k': 'a'}
d['k'] += 'b'
print(b.n, items, d)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t2, t)
