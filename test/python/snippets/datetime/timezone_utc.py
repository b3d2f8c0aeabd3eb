from datetime import datetime, timezone, timedelta
dt = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(dt, repr(dt), dt.isoformat(), dt.tzinfo, dt.utcoffset())
print(timezone.utc, repr(timezone.utc))
plus2 = timezone(timedelta(hours=2))
print(plus2, dt.astimezone(plus2), dt.astimezone(plus2) == dt)
print(datetime(2024, 1, 1, tzinfo=plus2).isoformat())
naive = datetime(2024, 1, 1)
print(naive.tzinfo, naive.replace(tzinfo=timezone.utc))
try:
    naive < dt
except TypeError as e:
    print(e)
