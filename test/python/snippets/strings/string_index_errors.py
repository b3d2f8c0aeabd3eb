s = 'abc'
try:
    s[10]
except IndexError as e:
    print(e)
try:
    'x' + 1
except TypeError as e:
    print(e)
try:
    1 + 'x'
except TypeError as e:
    print(e)
try:
    'x' * 'y'
except TypeError as e:
    print(e)
