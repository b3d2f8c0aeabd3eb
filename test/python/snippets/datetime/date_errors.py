from datetime import date, datetime, timedelta
for args in [(2023, 2, 29), (2024, 13, 1), (2024, 0, 1), (2024, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, e)
try:
    datetime(2024, 1, 1, 25)
except ValueError as e:
    print(e)
try:
    date.fromisoformat('2024/01/01')
except ValueError as e:
    print(e)
try:
    date(2024, 1, 1) + 1
except TypeError as e:
    print(e)
