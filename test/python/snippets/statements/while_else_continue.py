i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print('even', i)
else:
    print('not reached')
print('after', i)
n = 3
while n:
    n -= 1
else:
    print('while else ran', n)
