import sys
print('a', 'b', sep='', end='', flush=True)
print(file=None)
print('to stdout', file=sys.stdout)
print(1, 2, 3, sep=', ')
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
try:
    print('x', bad=1)
except TypeError as e:
    print(e)
