import math
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.acos, 2)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, e)
try:
    math.factorial(1.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    math.sqrt('x')
except TypeError as e:
    print(e)
