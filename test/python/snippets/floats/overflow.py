try:
    print(2.0 ** 10000)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(int(float('inf')))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
