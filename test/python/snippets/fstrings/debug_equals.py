x = 10
name = 'ann'
print(f'{x=}')
print(f'{x = }')
print(f'{name=!s}')
print(f'{x*2=}')
print(f'{x=:>5}')
