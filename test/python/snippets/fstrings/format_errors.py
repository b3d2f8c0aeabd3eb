try:
    f'{"abc":d}'
except ValueError as e:
    print(e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
try:
    format('x', ',')
except ValueError as e:
    print(e)
