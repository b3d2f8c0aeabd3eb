from datetime import date, datetime, timedelta
td = timedelta(days=1, hours=2, minutes=3, seconds=4)
print(td, repr(td), td.days, td.seconds, td.total_seconds())
print(timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(weeks=2), timedelta(milliseconds=1500))
print(timedelta(days=400), timedelta(0), repr(timedelta(0)), -timedelta(days=1, seconds=1))
print(date(2024, 1, 31) + timedelta(days=1), date(2024, 3, 1) - timedelta(days=1))
print(date(2024, 12, 25) - date(2024, 1, 1), datetime(2024, 1, 2, 3) - datetime(2024, 1, 1))
print(td * 2, td / 2, td // 3, timedelta(hours=3) / timedelta(minutes=30), abs(timedelta(-1)))
