from datetime import datetime, date, time, timezone
dt = datetime.combine(date(2024, 6, 1), time(8, 15))
print(dt, dt.replace(tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.fromtimestamp(1700000000, timezone.utc))
print(dt.timetuple()[:6])
