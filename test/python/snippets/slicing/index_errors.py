a = [1, 2, 3]
for i in [3, -4, 10]:
    try:
        a[i]
    except IndexError as e:
        print(i, e)
try:
    a[3] = 0
except IndexError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    a['x']
except TypeError as e:
    print(e)
try:
    a[1.0]
except TypeError as e:
    print(e)
