from datetime import datetime
dt = datetime(2024, 1, 15, 9, 30, 5, 123456)
print(dt, repr(dt))
print(dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond)
print(dt.isoformat(), dt.isoformat(sep=' '), dt.isoformat(timespec='seconds'))
print(datetime(2024, 1, 1), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 12)))
print(datetime.fromisoformat('2024-05-06T07:08:09'), datetime.fromisoformat('2024-05-06 07:08'))
