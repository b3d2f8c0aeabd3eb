a = [1, 2, 3, 2, 4]
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print(e)
a.clear()
print(a)
try:
    a.pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
