from datetime import date, datetime, timedelta
dates = [date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]
print(sorted(dates), max(dates), min(dates))
print(date(2024, 1, 1) < date(2024, 1, 2), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0))
print(timedelta(hours=24) == timedelta(days=1), timedelta(1) > timedelta(hours=23))
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e:
    print(e)
