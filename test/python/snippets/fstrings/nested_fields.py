width = 10
prec = 3
value = 2.718281828
print(f'{value:{width}.{prec}f}|')
print(f'{value:>{width}}|')
fmt = '.2f'
print(f'{value:{fmt}}')
print(f'{"centered":^{width + 4}}|')
