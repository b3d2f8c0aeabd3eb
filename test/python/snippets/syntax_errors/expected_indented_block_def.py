def empty():
print('after')
