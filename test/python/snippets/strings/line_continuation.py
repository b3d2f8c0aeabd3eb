s = 'abc' \
    'def'
print(s)
total = 1 + \
    2 + \
    3
print(total)
t = ('implicit'
     ' joining'
     ' inside parens')
print(t)
