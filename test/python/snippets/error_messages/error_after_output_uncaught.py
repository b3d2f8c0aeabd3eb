for i in range(3):
    print('row', i)
print(1 + 'x')
