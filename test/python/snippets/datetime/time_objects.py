from datetime import time
t = time(13, 5)
print(t, repr(t), t.hour, t.isoformat(), time(1, 2, 3, 4), time(), repr(time(0, 0, 1)))
print(time(9) < time(10), t.strftime('%H.%M'), t.replace(minute=59))
