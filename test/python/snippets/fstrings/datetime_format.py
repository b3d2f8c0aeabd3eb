import datetime
d = datetime.date(2024, 3, 7)
dt = datetime.datetime(2024, 3, 7, 14, 5, 9)
print(f'{d}', f'{d:%Y/%m/%d}', f'{dt:%H:%M:%S}', f'{dt:%d %b %Y}')
print(f'{dt!r}')
