a = [1, 2, 3, 4, 5]
print(a[-1::-1], a[:-6:-1], a[3::-1], a[:0:-1], a[-2:-5:-1])
try:
    a[::0]
except ValueError as e:
    print(e)
