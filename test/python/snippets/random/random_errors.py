import random
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
