count = 0
def broken():
    count += 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def late_use():
    print(value)
    value = 1
try:
    late_use()
except UnboundLocalError as e:
    print(e)
