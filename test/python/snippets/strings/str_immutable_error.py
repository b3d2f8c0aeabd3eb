s = 'hello'
try:
    s[0] = 'H'
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
print('J' + s[1:])
