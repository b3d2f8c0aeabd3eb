import datetime
d = datetime.date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d.isoformat(), str(d), d.replace(year=2025, day=28), d.toordinal())
print(datetime.date.fromisoformat('2023-12-31'), datetime.date.fromordinal(738000))
print(datetime.date.min, datetime.date.max)
