s = {1, 2}
s.add(3)
s.add(2)
s.update([4, 5], (6,))
print(s)
s.discard(99)
s.remove(1)
print(s, s.pop(), len(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
s.clear()
print(s)
